// The task board in real Chromium against the real jar: what Mizan promises, counted from the browser.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openBrowser, openProject, screenshot, settle, signIn } from './browser.mjs'
import { startServer } from './server.mjs'

let server

before(async () => { server = await startServer() })
after(async () => { await server?.stop() })

/** Runs `body` with a fresh browser profile, closed afterwards whatever happens. */
async function withBrowser(body, options) {
  const browser = await openBrowser(server.baseUrl, options)
  try {
    await body(browser)
  } finally {
    await browser.close()
  }
}

const taskTitles = (page) => page.locator('[data-testid=tasks] .task-title').allTextContents()

describe('task board', () => {
  it('sends an anonymous visitor to sign in, then loads the bundled project in one request', () =>
    withBrowser(async ({ page, requests }) => {
      await page.goto('/')
      await page.waitForURL(/\/login/)
      await screenshot(page, '01-login')
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
      assert.equal(project[0].query.get('projectId'), '1')
      assert.deepEqual(requests.functions(), ['create_task.schema'], 'reading needs no function calls; the new task form loads its labels and messages once')
      assert.deepEqual(
        requests.allContextFetches().map((e) => e.path).sort(),
        ['/api/mizan/ctx/global/', '/api/mizan/ctx/project/', '/api/mizan/ctx/projects/', '/api/mizan/ctx/team/'].sort(),
        'each context is fetched once, nothing else',
      )
      await page.getByTestId('current-user').getByText('Ada Lovelace').waitFor()
      await page.getByTestId('members').getByText('Ben Okafor').waitFor()
      await screenshot(page, '02-project')
    }))

  it('refetches only the mounted project after creating a task, not the cached unmounted one', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ben', 'ben-pass')
      await openProject(page, 'Mobile app')
      await page.getByText('Sketch the onboarding screens').waitFor()
      await settle(page)
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 1, 'project 1 was loaded and is cached')
      assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1)

      requests.reset()
      await page.fill('#new-title', 'Write the release notes')
      await page.selectOption('#new-assignee', 'root')
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.getByText('Write the release notes').waitFor()
      await settle(page)

      assert.equal(requests.calls('create_task').length, 1, 'one create_task call')
      assert.deepEqual(requests.calls().filter((e) => e.fn !== 'create_task.validate').length, 1, 'and nothing else but the form asking the server')
      assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1, 'the mounted project is refetched once')
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 0, 'the unmounted project is not refetched')
      assert.equal(requests.allContextFetches().length, 1, 'no other context is refetched')
      await screenshot(page, '03-task-created')

      requests.reset()
      await openProject(page, 'Website relaunch')
      await page.getByText('Draft the home page copy').waitFor()
      await settle(page)
      assert.equal(requests.allContextFetches().length, 0, 'going back shows the cached project, still fresh')
    }))

  it('deletes a task and refetches only the project named in the result', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ben', 'ben-pass')
      await openProject(page, 'Mobile app')
      await page.getByText('Set up crash reporting').waitFor()
      await settle(page)

      requests.reset()
      await page.locator('.task', { hasText: 'Set up crash reporting' }).getByRole('button', { name: 'Delete' }).click()
      await page.getByText('Set up crash reporting').waitFor({ state: 'detached' })
      await settle(page)

      assert.equal(requests.calls().length, 1, 'one delete_task call')
      assert.equal(requests.contextFetches('project', { projectId: 2 }).length, 1, 'its project is refetched once')
      assert.equal(requests.allContextFetches().length, 1, 'nothing else is refetched')
    }))

  it('uploads an attachment with a visible progress bar, and the file list refreshes by invalidation', () =>
    withBrowser(async ({ context, page, requests }) => {
      await signIn(page, 'ben', 'ben-pass')
      await openProject(page, 'Mobile app')
      const row = page.locator('.task', { hasText: 'Sketch the onboarding screens' })
      const taskId = await row.getAttribute('data-task-id')
      await row.getByRole('button', { name: 'Files' }).click()
      await row.getByText('No files yet.').waitFor()
      await settle(page)

      // A slow uplink (512 KiB/s for a 1.5 MiB file), so the progress bar is seen moving.
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024,
      })
      requests.reset()
      const content = Buffer.alloc(1536 * 1024, 7)
      await row.getByLabel('Attach a file').setInputFiles({ name: 'mockup.png', mimeType: 'image/png', buffer: content })
      await row.getByLabel('Upload progress').waitFor()
      await page.waitForFunction(() => {
        const bar = document.querySelector('progress[aria-label="Upload progress"]')
        return bar instanceof HTMLProgressElement && bar.value > 0 && bar.value < bar.max
      })
      await screenshot(page, '07-upload-progress')
      const link = row.getByRole('link', { name: 'mockup.png' })
      await link.waitFor()
      await row.getByLabel('Upload progress').waitFor({ state: 'detached' })
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
      })
      await settle(page)

      assert.equal(requests.calls().length, 1, 'one attach_file call')
      assert.equal(
        requests.contextFetches('attachments', { taskId }).length, 1,
        "the task's file list is refetched once, by the invalidation attach_file declares",
      )
      assert.equal(requests.allContextFetches().length, 1, 'nothing else is refetched')
      const download = await page.request.get(await link.getAttribute('href'))
      assert.equal(download.status(), 200)
      assert.equal((await download.body()).length, content.length, 'the download is the uploaded file')
      await screenshot(page, '08-attachment-listed')
    }))

  it('renames a task by merging the answer into the cache, with no refetch', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'root', 'root-pass')
      await openProject(page, 'Office move')
      await settle(page)

      requests.reset()
      const row = page.locator('.task', { hasText: 'Label the desks' })
      await row.getByRole('button', { name: 'Rename' }).click()
      await page.getByLabel('Task title').fill('Label the desks and chairs')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByText('Label the desks and chairs').waitFor()
      await settle(page)

      assert.equal(requests.calls().length, 1, 'one rename_task call')
      assert.equal(requests.allContextFetches().length, 0, 'the merge updates the UI without any refetch')
      assert.ok((await taskTitles(page)).includes('Label the desks and chairs'))
    }))

  it('checks the new task form as it is typed, asks the server for its own rule, then submits', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ada', 'ada-pass')
      await settle(page)
      requests.reset()
      const title = page.locator('#new-title')
      const titleError = page.locator('#new-title-error')

      // instant: the length rule runs in the browser, with the server's message, and asks nothing
      await title.fill('ab')
      await titleError.getByText('Use 3 to 80 characters').waitFor()
      assert.equal(await title.getAttribute('aria-invalid'), 'true')
      await page.waitForTimeout(700) // longer than the form's pause before it asks the server
      assert.deepEqual(requests.functions(), [], 'a rule the browser can judge needs no request')

      // server-only: whether an open task has this title only the server knows
      await title.fill('Draft the home page copy')
      await titleError.getByText('An open task already has this title').waitFor()
      assert.deepEqual(requests.functions(), ['create_task.validate'], 'the server rule came from validate')
      await screenshot(page, '04-form-server-rule')

      await title.fill('Print the launch posters')
      await titleError.waitFor({ state: 'detached' })
      await settle(page)
      requests.reset()
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.locator('[data-testid=tasks] .task-title', { hasText: 'Print the launch posters' }).waitFor()
      assert.equal(await title.inputValue(), '', 'the form starts over after a submit')
      assert.equal(requests.calls('create_task').length, 1)
    }))

  it('speaks the browser language: labels and messages from the server in German', () =>
    withBrowser(
      async ({ page, requests }) => {
        await signIn(page, 'ada', 'ada-pass')
        await page.locator('label[for=new-title]').getByText('Neue Aufgabe').waitFor()
        await settle(page)
        requests.reset()
        const title = page.locator('#new-title')
        const titleError = page.locator('#new-title-error')
        await title.fill('ab')
        await titleError.getByText('Verwende 3 bis 80 Zeichen').waitFor()
        assert.deepEqual(requests.functions(), [])
        await title.fill('Draft the home page copy')
        await titleError.getByText('Eine offene Aufgabe hat schon diesen Titel').waitFor()
        await screenshot(page, '04-form-german')
      },
      { locale: 'de-DE' },
    ))

  it('shows the validation messages next to the fields', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'ada', 'ada-pass')
      await settle(page)
      requests.reset()

      await page.fill('#new-title', 'ab')
      await page.getByRole('button', { name: 'Add task' }).click()
      const titleError = page.locator('#new-title-error')
      await titleError.getByText('Use 3 to 80 characters').waitFor()
      assert.equal(await page.locator('#new-title').getAttribute('aria-invalid'), 'true')

      await page.fill('#new-title', '   ')
      await page.getByRole('button', { name: 'Add task' }).click()
      await titleError.getByText('Give the task a title').waitFor()
      await screenshot(page, '04-validation')

      const taskId = await page.locator('.task', { hasText: 'Migrate the blog posts' }).getAttribute('data-task-id')
      const row = page.locator(`.task[data-task-id="${taskId}"]`)
      await row.getByRole('button', { name: 'Rename' }).click()
      await page.getByLabel('Task title').fill('x')
      await page.getByRole('button', { name: 'Save' }).click()
      await row.locator('.field-error').getByText('Use 3 to 80 characters').waitFor()
      await settle(page)

      assert.deepEqual(requests.functions(), ['rename_task'], 'the form checked the title in the browser; the rename asked the server')
      assert.equal(requests.allContextFetches().length, 0, 'a failed mutation invalidates nothing')
    }))

  it('tells a member the staff action is not allowed, and lets staff run it', async () => {
    await withBrowser(async ({ page }) => {
      await signIn(page, 'ben', 'ben-pass')
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/mizan/call/') && !/"function":"[a-z_]+\.(schema|validate)"/.test(r.request().postData() ?? ''))
      await page.getByRole('button', { name: 'Archive finished tasks' }).click()
      assert.equal((await answer).status(), 404, 'a function the member may not use answers as an unknown one')
      await page.getByTestId('staff-error').getByText('Not allowed').waitFor()
      await screenshot(page, '05-not-allowed')
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

  it('sends a user whose session has expired back to sign in', () =>
    withBrowser(async ({ page, context }) => {
      await signIn(page, 'ben', 'ben-pass')
      await context.clearCookies()
      await page.fill('#new-title', 'Lost to an expired session')
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/mizan/call/') && r.status() === 401)
      await page.getByRole('button', { name: 'Add task' }).click()
      await answer
      await page.waitForURL(/\/login/)
    }))

  it('signs out through the confirmation page and is then asked to sign in again', () =>
    withBrowser(async ({ page }) => {
      await signIn(page, 'ada', 'ada-pass')
      await page.getByRole('link', { name: 'Sign out' }).click()
      await page.waitForURL(/\/logout$/)
      await page.locator('button[type=submit]').click()
      await page.waitForURL(/\/login\?logout/)
      await page.goto('/')
      await page.waitForURL(/\/login/)
    }))

  it("lists only the member's own projects, and a status line reaches everyone's team panel", () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'cy', 'cy-pass')
      await page.getByText('Draft the home page copy').waitFor()
      await page.getByTestId('team').getByText('Ben Okafor').waitFor()
      assert.deepEqual(
        await page.getByRole('navigation', { name: 'Projects' }).getByRole('link').allTextContents(),
        ['Website relaunch'],
        'cy is a member of one project and sees only it',
      )
      await page.goto('/#/projects/2')
      await page.getByRole('alert').getByText('This project does not exist.').waitFor()
      await settle(page)
      // Fetched at least once (a live resync may refetch the mounted instance); never shown.
      const hidden = requests.contextFetches('project', { projectId: 2 })
      assert.ok(hidden.length >= 1, 'project 2 was asked for')
      assert.equal(await page.getByText('Sketch the onboarding screens').count(), 0, 'a project cy is not on reads like a missing one')

      await page.goto('/#/projects/1')
      await settle(page)
      requests.reset()
      await page.fill('#my-status', 'Reviewing the copy')
      await page.getByRole('button', { name: 'Set' }).click()
      await page.getByTestId('team').getByText('Reviewing the copy').waitFor()
      await settle(page)
      assert.equal(requests.contextFetches('team').length, 1, 'the team panel is refetched once')
      assert.equal(requests.allContextFetches().length, 1, 'nothing else is refetched')
      await screenshot(page, '07-team-status')
    }))

  it('shows the same data after a reload, fetched again in one request', () =>
    withBrowser(async ({ page, requests }) => {
      await signIn(page, 'root', 'root-pass')
      await openProject(page, 'Office move')
      await page.fill('#new-title', 'Order the coffee machine')
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.getByText('Order the coffee machine').waitFor()
      await page.locator('.task', { hasText: 'Order the coffee machine' }).getByRole('checkbox').click()
      await page.locator('.task.done', { hasText: 'Order the coffee machine' }).waitFor()
      await settle(page)
      const before = await taskTitles(page)
      const doneBefore = await page.locator('.task.done .task-title').allTextContents()

      requests.reset()
      await page.reload()
      await page.getByText('Order the coffee machine').waitFor()
      await settle(page)
      assert.deepEqual(await taskTitles(page), before)
      assert.deepEqual(await page.locator('.task.done .task-title').allTextContents(), doneBefore)
      assert.equal(requests.contextFetches('project', { projectId: 3 }).length, 1)
      await screenshot(page, '06-after-reload')
    }))
})
