// The SSR measure's browser side (bench/measures/ssr.sh): Debian's Chromium, driven by
// playwright-core, loads the same project page from a server that renders it (SSR) and from one
// that serves the client-rendered shell (CSR), in turn, signed in with each server's session
// cookie. Per load: the time from the start of the navigation until the first animation-frame
// callback whose DOM holds the task titles (that frame is painted after it), and the first
// contentful paint. One JSON line on stdout.
//
//   node bench/ssr/first-paint.mjs --ssr URL --ssr-cookie 'a=b; c=d' --csr URL --csr-cookie '…' \
//     --path /projects/1 --loads N
import { chromium } from 'playwright-core'

const opt = {}
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) opt[args[i].replace(/^--/, '')] = args[i + 1]
const loads = Number(opt.loads ?? 5)

function fail(message) {
  console.error(`first-paint: ${message}`)
  process.exit(1)
}

// Runs in the page before its own scripts: notes the first frame whose DOM holds the task titles.
const WATCH = () => {
  const check = () => {
    if (document.querySelector('[data-testid=tasks] .task-title') !== null) {
      window.__titlesAt = performance.now()
      window.__titles = [...document.querySelectorAll('[data-testid=tasks] .task-title')].map((e) => e.textContent)
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

async function side(browser, base, cookie) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1100, height: 760 } })
  const { hostname } = new URL(base)
  await context.addCookies(cookie.split(';').map((c) => c.trim()).filter(Boolean).map((c) => {
    const at = c.indexOf('=')
    return { name: c.slice(0, at), value: c.slice(at + 1), domain: hostname, path: '/' }
  }))
  await context.addInitScript(WATCH)
  const page = await context.newPage()
  return {
    async load() {
      const response = await page.goto(opt.path, { waitUntil: 'commit' })
      if (response === null || response.status() !== 200) fail(`${base}${opt.path} answered ${response?.status()}`)
      await page.waitForFunction(() => window.__titlesAt !== undefined, null, { timeout: 30_000 })
      return page.evaluate(() => ({
        titlesMs: window.__titlesAt,
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        titles: window.__titles,
        render: null,
      })).then((r) => ({ ...r, render: response.headers()['x-mizan-render'] }))
    },
    close: () => context.close(),
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
})
try {
  const ssr = await side(browser, opt.ssr, opt['ssr-cookie'])
  const csr = await side(browser, opt.csr, opt['csr-cookie'])
  // One load each first: the scripts and styles are in the browser's cache for the measured loads.
  const warm = [await ssr.load(), await csr.load()]
  if (warm[0].render !== 'ssr') fail(`the SSR side answered X-Mizan-Render: ${warm[0].render}`)
  if (!String(warm[1].render).startsWith('csr')) fail(`the CSR side answered X-Mizan-Render: ${warm[1].render}`)
  if (JSON.stringify(warm[0].titles) !== JSON.stringify(warm[1].titles)) {
    fail(`the two pages show different tasks: ${JSON.stringify(warm[0].titles)} / ${JSON.stringify(warm[1].titles)}`)
  }
  const runs = { ssr: [], csr: [] }
  for (let i = 0; i < loads; i++) {
    // Alternating order, so that neither side always goes first.
    for (const [name, s] of i % 2 ? [['csr', csr], ['ssr', ssr]] : [['ssr', ssr], ['csr', csr]]) {
      const r = await s.load()
      if (name === 'ssr' && r.render !== 'ssr') fail(`an SSR load fell back: X-Mizan-Render: ${r.render}`)
      runs[name].push(r)
    }
  }
  await ssr.close()
  await csr.close()
  const summary = (rs) => ({
    titles_ms: rs.map((r) => r.titlesMs),
    fcp_ms: rs.map((r) => r.fcpMs),
    titles_p50_ms: median(rs.map((r) => r.titlesMs)),
    fcp_p50_ms: median(rs.filter((r) => r.fcpMs !== null).map((r) => r.fcpMs)),
  })
  console.log(JSON.stringify({ loads, tasks: warm[0].titles.length, ssr: summary(runs.ssr), csr: summary(runs.csr) }))
} finally {
  await browser.close()
}
