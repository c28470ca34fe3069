// Live updates across two running task boards that share a real Redis (and one database): ben has
// one browser on instance 1 and another on instance 2, and an edit in one is merged into the other
// at once (project contexts are per-user, so merged values travel between one user's sockets).
// Redis killed and restarted in between: the edit made during the outage reaches the other browser
// by a resync (a refetch), never silently lost, and pushes flow again afterwards. Last, an instance
// is killed (SIGKILL) under a browser that reached it through a failover proxy: the browser
// reconnects to the other instance with its session (shared in the database), catches up, and
// no edit is lost.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { openBrowser, openProject, screenshot, settle, signIn } from './browser.mjs'
import { startFailover } from './failover.mjs'
import { startRedis } from './redis.mjs'
import { startServer } from './server.mjs'

let redis
let dbDir
const instances = []
let proxy

before(async () => {
  redis = await startRedis()
  dbDir = mkdtempSync(join(tmpdir(), 'taskboard-shared-db-'))
  const args = [
    `--mizan.live.redis-url=${redis.url}`,
    // Instances that share data share the origin cache too: with a memory cache each, an edit on
    // one instance would leave the other serving its cached copy to a refetch.
    `--mizan.cache.redis-url=${redis.url}`,
    `--spring.datasource.url=jdbc:h2:file:${join(dbDir, 'taskboard')};AUTO_SERVER=TRUE`,
    // Sessions in that database and one CSRF secret: a browser may move from one instance to the other.
    '--taskboard.shared-sessions=true',
    '--mizan.csrf.secret=live-redis-test-csrf-secret-of-32-bytes-or-more',
  ]
  // One after the other: the first seeds the shared database, the second finds it seeded.
  instances.push(await startServer({ args, logName: 'taskboard-server-1.log' }))
  instances.push(await startServer({ args, logName: 'taskboard-server-2.log' }))
})

after(async () => {
  await proxy?.stop()
  for (const instance of instances) await instance.stop()
  await redis?.stop()
  if (dbDir) rmSync(dbDir, { recursive: true, force: true, maxRetries: 10 })
})

async function person(username, baseUrl, project) {
  const browser = await openBrowser(baseUrl)
  const frames = []
  browser.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))))
  await signIn(browser.page, username, `${username}-pass`)
  await openProject(browser.page, project)
  await browser.page.locator('[data-testid=live-status][data-status=open]').waitFor()
  await settle(browser.page)
  return { ...browser, frames }
}

async function rename(page, from, to) {
  const row = page.locator('.task', { hasText: from })
  await row.getByRole('button', { name: 'Rename' }).click()
  await page.getByLabel('Task title').fill(to)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText(to).waitFor()
}

describe('live task board on two instances sharing Redis', () => {
  it("merges ben's edit on instance 1 into his other browser on instance 2, and survives Redis being killed and restarted", async () => {
    const ben = await person('ben', instances[0].baseUrl, 'Website relaunch')
    try {
      const other = await person('ben', instances[1].baseUrl, 'Website relaunch')
      try {
        // 1. Across instances: the merged value arrives over the other browser's socket, with no request by it.
        other.requests.reset()
        other.frames.length = 0
        await rename(ben.page, 'Migrate the blog posts', 'Migrate the blog posts v2')
        await other.page.getByText('Migrate the blog posts v2').waitFor({ timeout: 5000 })
        await settle(other.page)
        assert.equal(other.requests.allContextFetches().length, 0, 'the other browser refetched nothing')
        assert.ok(
          other.frames.some((f) => f.includes('"type":"merge"') && f.includes('Migrate the blog posts v2')),
          "the value came over the other browser's socket from the other instance",
        )
        await screenshot(other.page, 'live-redis-01-merged-across-instances')

        // 2. Redis dies; ben edits meanwhile (the edit itself succeeds); Redis comes back empty.
        await redis.kill()
        other.frames.length = 0
        other.requests.reset()
        await rename(ben.page, 'Draft the home page copy', 'Draft the home page copy (outage)')
        await redis.launch()
        await other.page.getByText('Draft the home page copy (outage)').waitFor({ timeout: 15_000 })
        assert.ok(other.frames.some((f) => f.includes('"type":"resync"')), 'the other browser was told to resync')
        assert.ok(other.requests.contextFetches('project').length >= 1, 'and refetched the project')
        assert.ok(
          !other.frames.some((f) => f.includes('"type":"merge"') && f.includes('(outage)')),
          'the outage edit came by refetch, not by a push that Redis could not carry',
        )

        // 3. Pushes flow again after the restart.
        await settle(other.page)
        other.requests.reset()
        other.frames.length = 0
        await rename(ben.page, 'Draft the home page copy (outage)', 'Draft the home page copy (after)')
        await other.page.getByText('Draft the home page copy (after)').waitFor({ timeout: 10_000 })
        assert.ok(other.frames.some((f) => f.includes('"type":"merge"') && f.includes('(after)')))
        await screenshot(other.page, 'live-redis-02-after-redis-restart')
      } finally {
        await other.close()
      }
    } finally {
      await ben.close()
    }
  })

  it('carries the presence channel across instances: ben on instance 1 and cy on instance 2 see each other', async () => {
    const ben = await person('ben', instances[0].baseUrl, 'Website relaunch')
    try {
      const cy = await person('cy', instances[1].baseUrl, 'Website relaunch')
      try {
        await ben.page.locator('[data-testid=presence]', { hasText: 'cy' }).waitFor({ timeout: 10_000 })
        await cy.page.locator('[data-testid=presence]', { hasText: 'ben' }).waitFor({ timeout: 10_000 })
        assert.ok(
          ben.frames.some((f) => f.includes('"channel":"board_presence"') && f.includes('"name":"cy"')),
          "cy's presence came to ben's socket on the other instance",
        )
        await screenshot(cy.page, 'live-redis-03-presence-across-instances')
      } finally {
        await cy.close()
      }
    } finally {
      await ben.close()
    }
  })

  // Last: it kills instance 2. That one, not instance 1, which hosts the shared H2 database
  // (AUTO_SERVER) that a real deployment would keep on a database server of its own.
  it('moves a browser whose instance is killed to the other instance: it reconnects, catches up, and no edit is lost', async () => {
    const port = (instance) => Number(new URL(instance.baseUrl).port)
    proxy = await startFailover([port(instances[1]), port(instances[0])])
    const ben = await person('ben', proxy.baseUrl, 'Website relaunch')
    try {
      const cy = await person('cy', instances[0].baseUrl, 'Website relaunch')
      try {
        const sockets = (upstream) =>
          proxy.connections.filter((c) => c.upstream === upstream && c.requestLine.includes('/ws/'))
        assert.equal(sockets(0).length, 1, "ben's socket went through the proxy to instance 2")
        assert.equal(sockets(1).length, 0)

        // Instance 2 dies as a crash would; cy edits on instance 1 while ben's socket is down.
        await instances[1].kill()
        await ben.page.locator('[data-testid=live-status]:not([data-status=open])').waitFor({ timeout: 10_000 })
        ben.frames.length = 0
        ben.requests.reset()
        await rename(cy.page, 'Pick a hosting plan', 'Pick a hosting plan (failover)')

        // ben's kernel reconnects through the proxy, now to instance 1, still signed in, and catches up.
        await ben.page.locator('[data-testid=live-status][data-status=open]').waitFor({ timeout: 20_000 })
        await ben.page.getByText('Pick a hosting plan (failover)').waitFor({ timeout: 15_000 })
        assert.equal(sockets(1).length, 1, "ben's socket reconnected to instance 1")
        assert.ok(
          ben.requests.contextFetches('project').length >= 1 ||
            ben.frames.some((f) => f.includes('(failover)')),
          'the missed edit came by a refetch or by the resumed stream',
        )
        await screenshot(ben.page, 'live-redis-04-after-failover')

        // Pushes flow to ben on instance 1, and ben's own edits go through it (session and CSRF token held).
        ben.frames.length = 0
        await rename(cy.page, 'Pick a hosting plan (failover)', 'Pick a hosting plan (pushed)')
        await ben.page.getByText('Pick a hosting plan (pushed)').waitFor({ timeout: 10_000 })
        await rename(ben.page, 'Pick a hosting plan (pushed)', 'Pick a hosting plan (by ben)')
        await cy.page.getByText('Pick a hosting plan (by ben)').waitFor({ timeout: 10_000 })

        // No lost update: both browsers show exactly the tasks instance 1 holds.
        await settle(ben.page)
        await settle(cy.page)
        const titles = (page) => page.locator('.task .task-title').allTextContents()
        const [benTitles, cyTitles] = [await titles(ben.page), await titles(cy.page)]
        assert.ok(benTitles.length > 0)
        assert.deepEqual(benTitles, cyTitles)
      } finally {
        await cy.close()
      }
    } finally {
      await ben.close()
    }
  })
})
