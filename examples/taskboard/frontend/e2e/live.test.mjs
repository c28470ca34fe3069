// Live updates in real Chromium: two browser profiles on the same project, against the real jar.
// A project is private to its members, so its contexts are per-user: an edit shows up in the same
// user's other browser with no request (merge), and for every other member after exactly one
// refetch with their own rights (invalidate); a merged value never reaches another user's socket.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openBrowser, openProject, screenshot, settle, signIn } from './browser.mjs'
import { startServer } from './server.mjs'

let server

before(async () => { server = await startServer() })
after(async () => { await server?.stop() })

/** Signs `username` in, in a browser of its own, on the given project; records its socket frames. */
async function person(username, project) {
  const browser = await openBrowser(server.baseUrl)
  const frames = []
  browser.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))))
  await signIn(browser.page, username, `${username}-pass`)
  await openProject(browser.page, project)
  await browser.page.locator('[data-testid=live-status][data-status=open]').waitFor()
  await settle(browser.page)
  return { ...browser, frames }
}

async function both(a, b, body) {
  const first = await person(...a)
  try {
    const second = await person(...b)
    try {
      await body(first, second)
    } finally {
      await second.close()
    }
  } finally {
    await first.close()
  }
}

async function rename(page, from, to) {
  const row = page.locator('.task', { hasText: from })
  await row.getByRole('button', { name: 'Rename' }).click()
  await page.getByLabel('Task title').fill(to)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText(to).waitFor()
}

describe('live task board', () => {
  it("merges a user's rename into their other browser with no request by it", () =>
    both(['ben', 'Website relaunch'], ['ben', 'Website relaunch'], async (ben, other) => {
      other.requests.reset()
      other.frames.length = 0
      await rename(ben.page, 'Migrate the blog posts', 'Migrate the blog posts live')
      await other.page.getByText('Migrate the blog posts live').waitFor({ timeout: 5000 })
      await settle(other.page)
      assert.equal(other.requests.allContextFetches().length, 0, 'the other browser refetched nothing')
      assert.equal(other.requests.calls().length, 0, 'the other browser called nothing')
      assert.ok(
        other.frames.some((f) => f.includes('"type":"merge"') && f.includes('Migrate the blog posts live')),
        'the value came over the other browser\'s socket',
      )
      await screenshot(other.page, 'live-01-merged-into-another-browser')
    }))

  it("makes another member refetch exactly the touched project once after a create", () =>
    both(['ben', 'Website relaunch'], ['cy', 'Website relaunch'], async (ben, cy) => {
      cy.requests.reset()
      await ben.page.fill('#new-title', 'Write the launch post')
      await ben.page.getByRole('button', { name: 'Add task' }).click()
      await cy.page.getByText('Write the launch post').waitFor({ timeout: 5000 })
      await settle(cy.page)
      assert.equal(cy.requests.contextFetches('project', { projectId: 1 }).length, 1, 'one refetch of project 1')
      assert.equal(cy.requests.allContextFetches().length, 1, 'and nothing else')
      assert.equal(cy.requests.calls().length, 0)
    }))

  for (const [editor, title] of [['ben', 'Draft the home page copy'], ['ada', 'Pick a hosting plan']]) {
    it(`never sends ${editor}'s merged value to another member's socket; cy refetches with her own rights`, () =>
      both([editor, 'Website relaunch'], ['cy', 'Website relaunch'], async (author, cy) => {
        cy.requests.reset()
        cy.frames.length = 0
        await rename(author.page, title, `${title} by ${editor}`)
        await cy.page.getByText(`${title} by ${editor}`).waitFor({ timeout: 5000 })
        await settle(cy.page)
        assert.ok(
          !cy.frames.some((f) => f.includes(`${title} by ${editor}`)),
          `${editor}'s merged value never crossed to cy's socket`,
        )
        assert.ok(cy.frames.some((f) => f.includes('"type":"invalidate"')), 'cy was told to refetch instead')
        assert.equal(cy.requests.contextFetches('project', { projectId: 1 }).length, 1, 'cy refetched project 1 once')
        assert.equal(cy.requests.allContextFetches().length, 1)
      }))
  }

  it('shows who else is on the board over the presence channel, both ways, with no HTTP request', () =>
    both(['ben', 'Website relaunch'], ['cy', 'Website relaunch'], async (ben, cy) => {
      await ben.page.locator('[data-testid=presence]', { hasText: 'cy' }).waitFor({ timeout: 5000 })
      await cy.page.locator('[data-testid=presence]', { hasText: 'ben' }).waitFor({ timeout: 5000 })
      assert.ok(
        cy.frames.some((f) => f.includes('"type":"channel"') && f.includes('"channel":"board_presence"') && f.includes('"name":"ben"')),
        "ben's presence reached cy's socket as a channel message",
      )
      await screenshot(ben.page, 'live-04-presence')
    }))
})
