// The task board on Vert.x (VertxTaskBoard: the same @Client objects registered on the Mizan Vert.x
// adapter, the same React build) in real Chromium: the main flow, counted from the browser as on
// the Spring Boot app.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openBrowser, openProject, screenshot, settle, signIn } from './browser.mjs'
import { startServer } from './server.mjs'

let server

before(async () => { server = await startServer({ vertx: true, logName: 'taskboard-vertx-server.log' }) })
after(async () => { await server?.stop() })

async function withBrowser(body) {
  const browser = await openBrowser(server.baseUrl)
  try {
    await body(browser)
  } finally {
    await browser.close()
  }
}

describe('task board on Vert.x', () => {
  it('is served by Vert.x: the edge manifest and the session come from the Vert.x adapter', async () => {
    const session = await fetch(`${server.baseUrl}/api/mizan/session/`)
    assert.equal(session.status, 200)
    const body = await session.json()
    assert.equal(body.user, null)
    assert.ok(body.mwt, 'the edge is on: the session carries an MWT')
    const cookies = session.headers.getSetCookie().map((c) => c.split('=')[0])
    assert.ok(cookies.includes('vertx-web.session'), `Vert.x's own session cookie: ${cookies}`)
    const manifest = await (await fetch(`${server.baseUrl}/api/mizan/edge/manifest/`)).json()
    assert.ok(manifest.contexts.some((c) => c.name === 'team'), 'the shared team panel is edge-cacheable')
  })

  it('signs in through the form, then loads the bundled project in one request', () =>
    withBrowser(async ({ page, requests }) => {
      await page.goto('/')
      await page.waitForURL(/\/login/)
      await page.fill('#username', 'ada')
      await page.fill('#password', 'not-her-password')
      await page.click('button[type=submit]')
      await page.getByRole('alert').getByText('Wrong username or password.').waitFor()

      requests.reset()
      await signIn(page, 'ada', 'ada-pass')
      await page.getByText('Draft the home page copy').waitFor()
      await settle(page)
      const project = requests.contextFetches('project')
      assert.equal(project.length, 1, 'details, tasks and members come in one context request')
      assert.deepEqual(requests.functions(), ['create_task.schema'], 'reading needs no function calls; the new task form loads its labels and messages once')
      await page.getByTestId('current-user').getByText('Ada Lovelace').waitFor()
      await page.getByTestId('members').getByText('Ben Okafor').waitFor()
      await page.getByTestId('team').getByText('Ben Okafor').waitFor()
      await screenshot(page, 'vertx-01-project')
    }))

  it('creates a task and refetches only the mounted project; a rename merges with no refetch', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ben', 'ben-pass')
      await openProject(page, 'Mobile app')
      await page.getByText('Sketch the onboarding screens').waitFor()
      await settle(page)

      requests.reset()
      await page.fill('#new-title', 'Write the release notes')
      await page.selectOption('#new-assignee', 'root')
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.getByText('Write the release notes').waitFor()
      await settle(page)
      assert.equal(requests.calls().length, 1, 'one create_task call')
      assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1, 'the mounted project is refetched once')
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 0, 'the unmounted project is not')
      assert.equal(requests.allContextFetches().length, 1)

      requests.reset()
      const row = page.locator('.task', { hasText: 'Write the release notes' })
      await row.getByRole('button', { name: 'Rename' }).click()
      await page.getByLabel('Task title').fill('Write the release notes v2')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByText('Write the release notes v2').waitFor()
      await settle(page)
      assert.equal(requests.calls().length, 1, 'one rename_task call')
      assert.equal(requests.allContextFetches().length, 0, 'the merge updates the UI without any refetch')
      await screenshot(page, 'vertx-02-edited')
    }))

  it("lists only the member's own projects, and a foreign one reads like a missing one", () =>
    withBrowser(async ({ page }) => {
      await signIn(page, 'cy', 'cy-pass')
      await page.getByText('Draft the home page copy').waitFor()
      assert.deepEqual(
        await page.getByRole('navigation', { name: 'Projects' }).getByRole('link').allTextContents(),
        ['Website relaunch'],
      )
      await page.goto('/#/projects/2')
      await page.getByRole('alert').getByText('This project does not exist.').waitFor()
    }))

  it('shows the server validation message next to the field', () =>
    withBrowser(async ({ page }) => {
      await signIn(page, 'ada', 'ada-pass')
      await page.fill('#new-title', 'ab')
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.locator('#new-title-error').getByText('Use 3 to 80 characters').waitFor()
    }))

  it('tells a member the staff action is not allowed, and lets staff run it', async () => {
    await withBrowser(async ({ page }) => {
      await signIn(page, 'ben', 'ben-pass')
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/mizan/call/') && !/"function":"[a-z_]+\.(schema|validate)"/.test(r.request().postData() ?? ''))
      await page.getByRole('button', { name: 'Archive finished tasks' }).click()
      assert.equal((await answer).status(), 404, 'a function the member may not use answers as an unknown one')
      await page.getByTestId('staff-error').getByText('Not allowed').waitFor()
    })
    await withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ada', 'ada-pass')
      await page.getByText('Pick a hosting plan').waitFor()
      await settle(page)
      requests.reset()
      await page.getByRole('button', { name: 'Archive finished tasks' }).click()
      await page.getByRole('status').getByText(/Archived 1 finished task/).waitFor()
      await page.getByText('Pick a hosting plan').waitFor({ state: 'detached' })
      await settle(page)
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 1, 'the archive refetches the project')
    })
  })

  it('signs out through the confirmation page and is then asked to sign in again', () =>
    withBrowser(async ({ page }) => {
      await signIn(page, 'root', 'root-pass')
      await page.getByRole('link', { name: 'Sign out' }).click()
      await page.waitForURL(/\/logout$/)
      await page.locator('button[type=submit]').click()
      await page.waitForURL(/\/login\?logout/)
      await page.goto('/')
      await page.waitForURL(/\/login/)
    }))
})
