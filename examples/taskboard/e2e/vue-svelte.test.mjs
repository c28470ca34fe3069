// The task board's Vue and Svelte UIs in real Chromium against the real jar: the same promises as
// the React UI's tests (examples/taskboard/frontend/e2e), counted from the browser. One server
// (a fresh in-memory database) serves both UIs; each test uses its own users and projects.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openBrowser, screenshot, settle, signIn as signInReact } from '../frontend/e2e/browser.mjs'
import { startServer } from '../frontend/e2e/server.mjs'

let server

before(async () => { server = await startServer() })
after(async () => { await server?.stop() })

boardSuite('vue')
boardSuite('svelte')

/** Registers the suite for the UI served under `/${ui}/`; the Svelte run follows the Vue run's edits. */
function boardSuite(ui) {
  async function withBrowser(body) {
    const browser = await openBrowser(server.baseUrl)
    try {
      await body(browser)
    } finally {
      await browser.close()
    }
  }

  /** Signs in through the login form, starting from the UI, which the server sends an anonymous visitor away from. */
  async function signIn(page, username, password) {
    await page.goto(`/${ui}/`)
    await page.waitForURL(/\/login/)
    await page.fill('#username', username)
    await page.fill('#password', password)
    await page.click('button[type=submit]')
    await page.waitForURL(new RegExp(`/${ui}/[^#]*#/projects/\\d+$`), { timeout: 15_000 })
    await page.getByTestId('project').waitFor()
  }

  async function openProject(page, name) {
    await page.getByRole('navigation', { name: 'Projects' }).getByRole('link', { name }).click()
    await page.getByRole('heading', { level: 2, name }).waitFor()
  }

  const taskTitles = (page) => page.locator('[data-testid=tasks] .task-title').allTextContents()
  const created = `Write the release notes (${ui})`

  describe(`task board (${ui})`, () => {
    it('shows who is on the board over the presence channel, with a React board on the other side', () =>
      withBrowser(async ({ page }) => {
        await signIn(page, 'ben', 'ben-pass')
        const react = await openBrowser(server.baseUrl)
        try {
          await signInReact(react.page, 'cy', 'cy-pass')
          // Each board's generated channel hook joined `board_presence` and announced itself.
          await page.locator('[data-testid=presence]', { hasText: 'cy' }).waitFor({ timeout: 15_000 })
          await react.page.locator('[data-testid=presence]', { hasText: 'ben' }).waitFor({ timeout: 15_000 })
          await screenshot(page, `${ui}-presence`)
        } finally {
          await react.close()
        }
      }))

    it('signs in and lists the first project, each context in one request', () =>
      withBrowser(async ({ page, requests }) => {
        await signIn(page, 'ada', 'ada-pass')
        await page.getByText('Draft the home page copy').waitFor()
        await settle(page)

        const project = requests.contextFetches('project')
        assert.equal(project.length, 1, 'details, tasks and members come in one context request')
        assert.equal(project[0].query.get('projectId'), '1')
        assert.equal(requests.calls().length, 0, 'reading needs no function calls')
        assert.deepEqual(
          requests.allContextFetches().map((e) => e.path).sort(),
          ['/api/mizan/ctx/global/', '/api/mizan/ctx/project/', '/api/mizan/ctx/projects/'].sort(),
          'each context is fetched once, nothing else',
        )
        await page.getByTestId('current-user').getByText('Ada Lovelace').waitFor()
        await page.getByTestId('members').getByText('Ben Okafor').waitFor()
        assert.deepEqual(
          await page.getByRole('navigation', { name: 'Projects' }).getByRole('link').allTextContents(),
          ['Website relaunch', 'Mobile app', 'Office move'],
        )
        await screenshot(page, `${ui}-01-project`)
      }))

    it('creates a task with one call and one refetch of the touched, mounted project', () =>
      withBrowser(async ({ page, requests }) => {
        await signIn(page, 'ben', 'ben-pass')
        await openProject(page, 'Mobile app')
        await page.getByText('Sketch the onboarding screens').waitFor()
        await settle(page)
        assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 1, 'project 1 was loaded and is cached')
        assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1)

        requests.reset()
        await page.fill('#new-title', created)
        await page.selectOption('#new-assignee', 'root')
        await page.getByRole('button', { name: 'Add task' }).click()
        await page.getByText(created).waitFor()
        await settle(page)
        assert.equal(requests.calls().length, 1, 'one create_task call')
        assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1, 'the mounted project is refetched once')
        assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 0, 'the unmounted project is not refetched')
        assert.equal(requests.allContextFetches().length, 1, 'no other context is refetched')
        assert.equal(await page.inputValue('#new-title'), '', 'the form is cleared on success')
        await screenshot(page, `${ui}-02-task-created`)

        requests.reset()
        await openProject(page, 'Website relaunch')
        await page.getByText('Draft the home page copy').waitFor()
        await settle(page)
        assert.equal(requests.allContextFetches().length, 0, 'going back shows the cached project, still fresh')
      }))

    it('renames a task by merging the answer into the cache, with no refetch', () =>
      withBrowser(async ({ page, requests }) => {
        await signIn(page, 'root', 'root-pass')
        await openProject(page, 'Office move')
        await settle(page)

        requests.reset()
        const row = page.locator('.task', { hasText: 'Label the desks' })
        await row.getByRole('button', { name: 'Rename' }).click()
        await page.getByLabel('Task title').fill(`Label the desks (${ui})`)
        await page.getByRole('button', { name: 'Save' }).click()
        await page.getByText(`Label the desks (${ui})`).waitFor()
        await settle(page)
        assert.equal(requests.calls().length, 1, 'one rename_task call')
        assert.equal(requests.allContextFetches().length, 0, 'the merge updates the UI without any refetch')
        assert.ok((await taskTitles(page)).includes(`Label the desks (${ui})`))
      }))

    it('deletes the task it created and refetches only the project named in the result', () =>
      withBrowser(async ({ page, requests }) => {
        await signIn(page, 'ben', 'ben-pass')
        await openProject(page, 'Mobile app')
        await page.getByText(created).waitFor()
        await settle(page)

        requests.reset()
        await page.locator('.task', { hasText: created }).getByRole('button', { name: 'Delete' }).click()
        await page.getByText(created).waitFor({ state: 'detached' })
        await settle(page)
        assert.equal(requests.calls().length, 1, 'one delete_task call')
        assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1, 'its project is refetched once')
        assert.equal(requests.allContextFetches().length, 1, 'nothing else is refetched')
      }))

    it('shows the server validation messages next to the field, and refuses the staff action to a member', () =>
      withBrowser(async ({ page, requests }) => {
        await signIn(page, 'ben', 'ben-pass')
        await settle(page)
        requests.reset()
        await page.fill('#new-title', 'ab')
        await page.getByRole('button', { name: 'Add task' }).click()
        await page.locator('#new-title-error').getByText('Use 3 to 80 characters').waitFor()
        assert.equal(await page.locator('#new-title').getAttribute('aria-invalid'), 'true')

        const answer = page.waitForResponse((r) => r.url().endsWith('/api/mizan/call/'))
        await page.getByRole('button', { name: 'Archive finished tasks' }).click()
        assert.equal((await answer).status(), 404, 'a function the member may not use answers as an unknown one')
        await page.getByTestId('staff-error').getByText('Not allowed').waitFor()
        await settle(page)
        assert.equal(requests.calls().length, 2)
        assert.equal(requests.allContextFetches().length, 0, 'a failed mutation invalidates nothing')
      }))
  })
}
