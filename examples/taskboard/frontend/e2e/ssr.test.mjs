// Server-side rendering of the project page (docs/ssr.md) in real Chromium against the real jar and
// its real Node workers: the first HTML carries the tasks, the browser starts warm, faults serve
// the client-rendered shell, and no worker outlives the JVM.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { openBrowser, screenshot, settle, signIn } from './browser.mjs'
import { startServer } from './server.mjs'

const INJECTION = '</script><script>alert(1)</script>\u2028x'

/** The Node workers: the JVM's child processes. */
function workers(jvm) {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(jvm)], { encoding: 'utf8' }).split('\n').map((s) => s.trim()).filter(Boolean).map(Number)
  } catch {
    return [] // ps exits 1 when there is none
  }
}

const alive = (pid) => { try { process.kill(pid, 0); return true } catch { return false } }

async function until(what, condition, ms = 15_000) {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Signs in (unless `as` is null), then loads /projects/1 fresh; returns the first HTML, its render header and the console. */
async function loadProject(browser, as = ['ada', 'ada-pass']) {
  const { page, requests } = browser
  if (as !== null) await signIn(page, ...as)
  const console = []
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`))
  requests.reset()
  const response = await page.goto('/projects/1')
  const html = await response.text()
  await page.getByTestId('project').waitFor()
  await settle(page)
  return { html, render: response.headers()['x-mizan-render'], status: response.status(), console }
}

async function withBrowser(baseUrl, body) {
  const browser = await openBrowser(baseUrl)
  try {
    await body(browser)
  } finally {
    await browser.close()
  }
}

const taskTitles = (page) => page.locator('[data-testid=tasks] .task-title').allTextContents()

describe('server-rendered project page', () => {
  // One worker, and no health check during the test (the pool's own tests cover it), so that the
  // test knows which worker renders.
  let server
  before(async () => { server = await startServer({ args: ['--mizan.ssr.render-timeout=3s', '--mizan.ssr.workers=1', '--mizan.ssr.health-interval=60s'], logName: 'taskboard-ssr.log' }) })
  after(async () => { await server?.stop() })

  it('shows the tasks in the first HTML, starts warm (no /ctx/ request), hydrates cleanly and stays interactive', () =>
    withBrowser(server.baseUrl, async (browser) => {
      const { page, requests } = browser
      const first = await loadProject(browser)
      assert.equal(first.status, 200)
      assert.equal(first.render, 'ssr')
      for (const title of ['Draft the home page copy', 'Pick a hosting plan']) assert.ok(first.html.includes(title), `${title} is in the first HTML`)
      assert.match(first.html, /<script id="mizan-state" type="application\/json">\{"contexts":\[/)
      assert.deepEqual(requests.allContextFetches(), [], 'the hydrated cache needs no context request')
      assert.deepEqual(first.console.filter((m) => /hydrat|did not match|mismatch|pageerror/i.test(m)), [], 'no hydration warning or page error')
      await screenshot(page, 'ssr-01-project')

      // A mutation that invalidates: the hydrated project instance is refetched, once.
      await page.fill('#new-title', 'Written after hydration')
      await page.getByRole('button', { name: 'Add task' }).click()
      await page.locator('.task-title', { hasText: 'Written after hydration' }).waitFor()
      await settle(page)
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 1, 'the invalidated instance was refetched')
      // A mutation that merges: the answer is spliced into the cache, no request.
      requests.reset()
      await page.getByRole('checkbox', { name: 'Done: Draft the home page copy' }).click()
      await page.locator('li.task.done', { hasText: 'Draft the home page copy' }).waitFor()
      await settle(page)
      assert.deepEqual(requests.allContextFetches(), [], 'a merge needs no refetch')
    }))

  it('renders the team page (edge, docs/pages.md) for the class with its shared context only, hydrates cleanly and stays interactive', () =>
    withBrowser(server.baseUrl, async (browser) => {
      const { page, requests } = browser
      await signIn(page, 'ben', 'ben-pass')
      const console = []
      page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
      page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`))
      requests.reset()
      const response = await page.goto('/team')
      const html = await response.text()
      assert.equal(response.status(), 200)
      assert.equal(response.headers()['x-mizan-render'], 'edge')
      assert.equal(response.headers()['x-mizan-perm'], 'auth')
      assert.equal(response.headers()['cache-control'], 'private, no-cache')
      assert.ok(html.includes('Cy Ahmadi'), 'the team is in the first HTML')
      assert.match(html, /<script id="mizan-state" type="application\/json">\{"contexts":\[\{"name":"team"/)
      const state = JSON.parse(/<script id="mizan-state" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}')
      assert.deepEqual(state.contexts.map((c) => c.name), ['team'], 'the shared team context only, nothing of the signed-in user')
      await page.getByTestId('team').waitFor()
      await settle(page)
      assert.deepEqual(requests.allContextFetches(), [], 'the hydrated cache needs no context request')
      assert.deepEqual(console.filter((m) => /hydrat|did not match|mismatch|pageerror/i.test(m)), [], 'no hydration warning or page error')
      await page.fill('#my-status', 'Testing the team page')
      await page.getByRole('button', { name: 'Set' }).click()
      await page.locator('.team-status', { hasText: 'Testing the team page' }).waitFor()
      await screenshot(page, 'ssr-02-team')
    }))

  it('renders a title with </script> and U+2028 as text, and hydrates it intact', () =>
    withBrowser(server.baseUrl, async (browser) => {
      const { page } = browser
      let dialogs = 0
      page.on('dialog', (d) => { dialogs++; void d.dismiss() })
      await signIn(page, 'ben', 'ben-pass')
      await page.goto('/projects/1')
      await page.fill('#new-title', INJECTION)
      await page.getByRole('button', { name: 'Add task' }).click()
      await until('the task to appear', async () => (await taskTitles(page)).includes(INJECTION))

      const { html, render, console } = await loadProject(browser, null)
      assert.equal(render, 'ssr')
      const state = /<script id="mizan-state" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? ''
      assert.ok(state.length > 0)
      assert.ok(!state.includes('<') && !state.includes('\u2028'), 'the state has no raw < or U+2028')
      assert.ok(JSON.stringify(JSON.parse(state)).includes(JSON.stringify(INJECTION).slice(1, -1)), 'the state reads back intact')
      assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the rendered title is text')
      assert.ok((await taskTitles(page)).includes(INJECTION), 'the hydrated title is intact')
      assert.equal(dialogs, 0, 'no script ran')
      assert.deepEqual(console.filter((m) => /hydrat|did not match|mismatch|pageerror/i.test(m)), [])
    }))

  it('serves the working client-rendered page when a worker hangs or is killed mid-render, and replaces it', () =>
    withBrowser(server.baseUrl, async (browser) => {
      const { page } = browser
      await signIn(page, 'ada', 'ada-pass')
      // Hung: the worker frozen (SIGSTOP) → the render times out (3 s) → the shell, status 200.
      const frozen = workers(server.pid)
      assert.equal(frozen.length, 1)
      for (const pid of frozen) process.kill(pid, 'SIGSTOP')
      const hung = await page.goto('/projects/1')
      assert.equal(hung.status(), 200)
      assert.match(hung.headers()['x-mizan-render'], /^csr; fallback=(timeout|busy)$/)
      assert.ok(!(await hung.text()).includes('mizan-state'))
      await page.locator('.task-title', { hasText: 'Pick a hosting plan' }).waitFor()
      await until('the frozen worker to be replaced', () => workers(server.pid).length === 1 && workers(server.pid).every((p) => !frozen.includes(p)))
      // The replacement renders again (a render waits for a worker that is starting).
      assert.equal((await page.goto('/projects/1')).headers()['x-mizan-render'], 'ssr')

      // Killed mid-render: frozen while rendering, then SIGKILL → the shell, and new workers.
      const victims = workers(server.pid)
      for (const pid of victims) process.kill(pid, 'SIGSTOP')
      const answer = page.goto('/projects/1')
      await new Promise((r) => setTimeout(r, 1200))
      for (const pid of victims) process.kill(pid, 'SIGKILL')
      const crashed = await answer
      assert.equal(crashed.status(), 200)
      assert.match(crashed.headers()['x-mizan-render'], /^csr; fallback=crash$/)
      await page.locator('.task-title', { hasText: 'Pick a hosting plan' }).waitFor()
      await until('the killed worker to be replaced', () => workers(server.pid).length === 1 && workers(server.pid).every((p) => !victims.includes(p)))
      const again = await page.goto('/projects/1')
      assert.equal(again.headers()['x-mizan-render'], 'ssr')
    }))

  it('leaves no worker behind when the JVM is killed with SIGKILL', async () => {
    const pids = workers(server.pid)
    assert.equal(pids.length, 1)
    await server.kill()
    server = undefined
    await until('every worker to exit', () => pids.every((p) => !alive(p)), 10_000)
  })
})

describe('without Node', () => {
  let server
  before(async () => { server = await startServer({ args: ['--mizan.ssr.node=/nonexistent/node'], logName: 'taskboard-ssr-no-node.log' }) })
  after(async () => { await server?.stop() })

  it('serves the client-rendered shell, which works', () =>
    withBrowser(server.baseUrl, async (browser) => {
      const { page, requests } = browser
      const { status, render, html } = await loadProject(browser)
      assert.equal(status, 200)
      assert.equal(render, 'csr; fallback=unavailable')
      assert.ok(!html.includes('Draft the home page copy'))
      await page.locator('.task-title', { hasText: 'Draft the home page copy' }).waitFor()
      assert.equal(requests.contextFetches('project', { projectId: 1 }).length, 1, 'the client fetched the project itself')
    }))
})
