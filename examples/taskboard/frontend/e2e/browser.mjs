// Debian's Chromium driven by playwright-core: one fresh profile per test, every request recorded.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { repoRoot } from './server.mjs'

const screenshots = join(repoRoot, 'test-results', 'screenshots')

/** Opens Chromium with a fresh user-data-dir; `close()` removes it again. */
export async function openBrowser(baseUrl, { locale = 'en-US' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'taskboard-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
    viewport: { width: 1100, height: 760 },
    baseURL: baseUrl,
    locale,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const requests = new RequestLog(page)
  return {
    context,
    page,
    requests,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Every request the page sends, as seen by the browser. */
export class RequestLog {
  constructor(page) {
    this.entries = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      let fn
      if (request.method() === 'POST' && url.pathname === '/api/mizan/call/') {
        try { fn = JSON.parse(request.postData() ?? '{}').function } catch { fn = undefined }
      }
      this.entries.push({ method: request.method(), path: url.pathname, query: url.searchParams, fn })
    })
  }

  /** Forgets what was recorded so far. */
  reset() { this.entries = [] }

  /** Context fetches (GET /api/mizan/ctx/NAME/), optionally only those with these params. */
  contextFetches(name, params = {}) {
    return this.entries.filter((e) =>
      e.method === 'GET' &&
      e.path === `/api/mizan/ctx/${name}/` &&
      Object.entries(params).every(([k, v]) => e.query.get(k) === String(v)))
  }

  /** Every context fetch of any context. */
  allContextFetches() { return this.entries.filter((e) => e.path.startsWith('/api/mizan/ctx/')) }

  /** Function calls (POST /api/mizan/call/), optionally only those of one function. */
  calls(fn) {
    return this.entries.filter((e) => e.method === 'POST' && e.path === '/api/mizan/call/' && (fn === undefined || e.fn === fn))
  }

  /** The names of the functions called, in order. */
  functions() { return this.calls().map((e) => e.fn) }
}

/** Saves a full-page screenshot as test-results/screenshots/NAME.png. */
export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true })
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true })
}

/** Signs in through the login form, starting from the app (which sends an anonymous visitor there). */
export async function signIn(page, username, password) {
  await page.goto('/')
  await page.waitForURL(/\/login/)
  await page.fill('#username', username)
  await page.fill('#password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/#\/projects\/\d+$/)
  await page.getByTestId('project').waitFor()
}

/** Opens a project from the navigation and waits until its tasks are shown. */
export async function openProject(page, name) {
  await page.getByRole('navigation', { name: 'Projects' }).getByRole('link', { name }).click()
  await page.getByRole('heading', { level: 2, name }).waitFor()
}

/** Lets in-flight requests land, so that a count taken afterwards includes anything triggered late. */
export async function settle(page, ms = 600) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(ms)
}
