// @mizan/edge on Node in front of the running task board (the real jar, a fresh in-memory board):
// shared reads of one permission class (the team panel) come from the edge, a mutation through it
// purges, classes never share answers, per-user reads (the private projects) are never kept, and no
// forged, expired or unsigned MWT gets a privileged answer. The same for the board's edge page
// (/team, docs/pages.md): kept per class, purged with the team context it embeds.
import assert from 'node:assert/strict'
import { request as httpRequest } from 'node:http'
import { after, before, describe, it } from 'node:test'
import { createEdge } from '@mizan/edge'
import { serveNode } from '@mizan/edge/node'
import { readFileSync } from 'node:fs'
import { validate } from '../../../frontends/mizan-edge/scripts/json-schema.mjs'
import { startServer } from '../frontend/e2e/server.mjs'
import { Client as EdgeClient, mint, SECRET } from './clients.mjs'

let origin
let edgeServer
/** Every request the edge sent to the origin, as `METHOD path?query`. */
const originRequests = []

before(async () => {
  origin = await startServer()
  const edge = createEdge({
    origin: origin.baseUrl,
    secret: SECRET,
    fetch: (request) => {
      const url = new URL(request.url)
      originRequests.push(`${request.method} ${url.pathname}${url.search}`)
      return fetch(request)
    },
  })
  edgeServer = await serveNode(edge, { origin: origin.baseUrl })
})

after(async () => {
  await edgeServer?.close()
  await origin?.stop()
})

/** A browser-like client of the edge under test. */
class Client extends EdgeClient {
  constructor() {
    super(edgeServer.url)
  }
}

const originCount = (path) => originRequests.filter((r) => r === `GET ${path}`).length

describe('@mizan/edge in front of the task board', () => {
  let ben, cy, ada, root

  before(async () => {
    ben = await new Client().signIn('ben')
    cy = await new Client().signIn('cy')
    ada = await new Client().signIn('ada')
    root = await new Client().signIn('root')
    for (const c of [ben, cy, ada, root]) assert.ok(c.cookies.has('mizan_mwt'), 'the session answer set the MWT cookie')
  })

  it('fetches the manifest from the task board: the team is edge-cacheable, the private projects are not', async () => {
    assert.ok(originRequests.includes('GET /api/mizan/edge/manifest/'))
    const manifest = await (await fetch(`${origin.baseUrl}/api/mizan/edge/manifest/`)).json()
    assert.deepEqual(manifest.contexts.map((c) => c.name), ['team'])
    assert.match(manifest.not_cached.global, /current_user is not @Cached/)
    for (const name of ['project', 'projects']) assert.match(manifest.not_cached[name], /scope user/)
    const schema = JSON.parse(readFileSync(new URL('../../../docs/edge-manifest.schema.json', import.meta.url), 'utf8'))
    assert.deepEqual(validate(schema, manifest), [], 'the served manifest follows docs/edge-manifest.schema.json')
  })

  it('answers 100 reads of a shared context by members of one class with 1 origin request', async () => {
    const before = originCount('/api/mizan/ctx/team/')
    const answers = []
    for (let i = 0; i < 100; i++) answers.push(await (i % 2 === 0 ? ben : cy).read('/api/mizan/ctx/team/'))
    assert.equal(originCount('/api/mizan/ctx/team/') - before, 1)
    assert.deepEqual([...new Set(answers.map((a) => a.edge))].sort(), ['hit', 'miss'])
    assert.equal(answers.filter((a) => a.edge === 'miss').length, 1)
    for (const a of answers) {
      assert.equal(a.status, 200)
      assert.equal(a.perm, 'auth')
      assert.deepEqual(a.body, answers[0].body)
    }
    assert.deepEqual(answers[0].body.team_directory.map((m) => m.username).sort(), ['ada', 'ben', 'cy', 'root'])
  })

  it('never gives another class the first class answer: staff and superuser are keyed apart', async () => {
    await ben.read('/api/mizan/ctx/team/')
    const staff = await ada.read('/api/mizan/ctx/team/')
    assert.equal(staff.edge, 'miss')
    assert.equal(staff.perm, 'staff')
    const superuser = await root.read('/api/mizan/ctx/team/')
    assert.equal(superuser.edge, 'miss')
    assert.equal(superuser.perm, 'superuser')
    assert.equal((await ada.read('/api/mizan/ctx/team/')).edge, 'hit')
    assert.equal((await cy.read('/api/mizan/ctx/team/')).perm, 'auth')
    assert.equal((await cy.read('/api/mizan/ctx/team/')).edge, 'hit')
  })

  it('never keeps a per-user read: each member gets their own projects, a non-member a 404', async () => {
    for (let i = 0; i < 2; i++) {
      const own = await ben.read('/api/mizan/ctx/projects/')
      assert.equal(own.edge, 'pass')
      assert.deepEqual(own.body.project_list.map((p) => p.name), ['Website relaunch', 'Mobile app', 'Office move'])
      const hers = await cy.read('/api/mizan/ctx/projects/')
      assert.equal(hers.edge, 'pass')
      assert.deepEqual(hers.body.project_list.map((p) => p.name), ['Website relaunch'])
    }
    assert.equal((await ben.read('/api/mizan/ctx/project/?projectId=2')).status, 200)
    const hidden = await cy.read('/api/mizan/ctx/project/?projectId=2')
    assert.equal(hidden.edge, 'pass')
    assert.equal(hidden.status, 404)
    assert.equal(hidden.body.error.code, 'NOT_FOUND')
  })

  it('purges on a mutation passing through it: the next read is fresh, and kept again', async () => {
    const first = await cy.read('/api/mizan/ctx/team/')
    assert.equal((await ben.read('/api/mizan/ctx/team/')).edge, 'hit')
    const status = 'Proofreading the edge docs'
    assert.ok(!JSON.stringify(first.body).includes(status))

    const set = await ben.call('set_my_status', { status })
    assert.equal(set.status, 200)
    assert.match(set.invalidate, /^team/)

    const fresh = await cy.read('/api/mizan/ctx/team/')
    assert.equal(fresh.edge, 'miss')
    assert.equal(fresh.body.team_directory.find((m) => m.username === 'ben').status, status, 'the new status is in the next read')
    assert.equal((await ben.read('/api/mizan/ctx/team/')).edge, 'hit')
  })

  it('gives a forged, expired, unsigned or foreign MWT nothing privileged', async () => {
    const now = Math.floor(Date.now() / 1000)
    const [h, , s] = ada.cookies.get('mizan_mwt').split('.')
    const raised = Buffer.from(JSON.stringify({ perm: 'superuser', iat: now, exp: now + 600 })).toString('base64url')
    const tokens = {
      'tampered payload': `${h}.${raised}.${s}`,
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'mwt+jwt' })).toString('base64url')}.${raised}.`,
      expired: mint({ perm: 'staff', iat: now - 1200, exp: now - 600 }),
      'not yet valid': mint({ perm: 'staff', iat: now + 600, exp: now + 1200 }),
      'foreign secret': mint({ perm: 'staff', iat: now, exp: now + 600 }, { secret: 'somebody-elses-secret-0123456789abcdef' }),
      'wrong typ': mint({ perm: 'staff', iat: now, exp: now + 600 }, { typ: 'JWT' }),
    }
    await ada.read('/api/mizan/ctx/team/')
    for (const [name, token] of Object.entries(tokens)) {
      const anonymous = new Client()
      anonymous.cookies.set('mizan_mwt', token)
      const read = await anonymous.read('/api/mizan/ctx/team/')
      assert.equal(read.edge, 'pass', name)
      assert.equal(read.status, 401, `${name}: the origin decides, and a visitor is not signed in`)
      assert.equal(read.body.error.code, 'UNAUTHORIZED')

      const member = new Client()
      member.cookies = new Map(cy.cookies)
      member.cookies.set('mizan_mwt', token)
      const own = await member.read('/api/mizan/ctx/team/')
      assert.equal(own.edge, 'pass', name)
      assert.equal(own.perm, 'auth', `${name}: answered with the member's own rights`)
      assert.ok(member.cookies.get('mizan_mwt') !== token, `${name}: the origin replaced the bad token`)
    }
  })

  it('lists the board pages in the manifest with their render strategy', async () => {
    const manifest = await (await fetch(`${origin.baseUrl}/api/mizan/edge/manifest/`)).json()
    assert.deepEqual(manifest.pages, [
      { path: '/', render_strategy: 'csr', contexts: ['global', 'projects', 'team'] },
      { path: '/login', render_strategy: 'static', contexts: [] },
      { path: '/projects/{projectId}', render_strategy: 'ssr', contexts: ['global', 'project', 'projects', 'team'] },
      { path: '/team', render_strategy: 'edge', contexts: ['team'], ttl: 60 },
    ])
  })

  it('answers 100 reads of the edge page by members of one class with 1 origin request', async () => {
    const before = originCount('/team')
    const answers = []
    for (let i = 0; i < 100; i++) {
      const answer = await (i % 2 === 0 ? ben : cy).send('/team')
      answers.push({ status: answer.status, edge: answer.headers.get('x-mizan-edge'), perm: answer.headers.get('x-mizan-perm'), html: await answer.text() })
    }
    assert.equal(originCount('/team') - before, 1)
    assert.equal(answers.filter((a) => a.edge === 'miss').length, 1)
    for (const a of answers) {
      assert.equal(a.status, 200)
      assert.equal(a.perm, 'auth')
      assert.equal(a.html, answers[0].html)
    }
    assert.match(answers[0].html, /Cy Ahmadi/)
    assert.match(answers[0].html, /<script id="mizan-state" type="application\/json">\{"contexts":\[\{"name":"team"/)
    assert.doesNotMatch(answers[0].html, /current_user|project_list/, 'the page embeds the shared team context only')
  })

  it('never gives another class the first class page, and keeps no redirect to sign in', async () => {
    await ben.send('/team')
    for (const [client, perm] of [[ada, 'staff'], [root, 'superuser']]) {
      const first = await client.send('/team')
      assert.equal(first.headers.get('x-mizan-edge'), 'miss')
      assert.equal(first.headers.get('x-mizan-perm'), perm)
      assert.equal((await client.send('/team')).headers.get('x-mizan-edge'), 'hit')
    }
    const before = originCount('/team')
    for (let i = 0; i < 2; i++) {
      const visitor = await new Client().send('/team')
      assert.equal(visitor.status, 302, 'a visitor is sent to sign in')
      assert.equal(visitor.headers.get('x-mizan-edge'), 'miss')
    }
    assert.equal(originCount('/team') - before, 2, 'the redirect is never kept')
  })

  it('purges the page when a mutation through the edge invalidates the team context: the next read is fresh', async () => {
    const first = await (await cy.send('/team')).text()
    assert.equal((await ben.send('/team')).headers.get('x-mizan-edge'), 'hit')
    const status = 'Reviewing the edge pages'
    assert.ok(!first.includes(status))
    const set = await cy.call('set_my_status', { status })
    assert.equal(set.status, 200)
    const fresh = await ben.send('/team')
    assert.equal(fresh.headers.get('x-mizan-edge'), 'miss')
    assert.match(await fresh.text(), new RegExp(status))
    assert.equal((await cy.send('/team')).headers.get('x-mizan-edge'), 'hit')
  })

  it('forwards the static sign-in page: the same bytes for everyone, rendered once by the origin', async () => {
    const pages = []
    for (const client of [new Client(), ben, ada]) {
      const answer = await client.send('/login')
      assert.equal(answer.headers.get('x-mizan-edge'), 'pass')
      assert.equal(answer.headers.get('x-mizan-render'), 'static')
      pages.push(await answer.text())
    }
    assert.equal(new Set(pages).size, 1)
    assert.match(pages[0], /<form action="\/login" method="post">/)
  })

  it('never keeps a server-rendered (ssr) page: each member gets their own', async () => {
    for (let i = 0; i < 2; i++) {
      const own = await ben.send('/projects/2')
      assert.equal(own.headers.get('x-mizan-edge'), 'pass')
      assert.match(await own.text(), /Mobile app/)
      const hers = await cy.send('/projects/1')
      assert.equal(hers.headers.get('x-mizan-edge'), 'pass')
      assert.doesNotMatch(await hers.text(), /Mobile app/)
    }
  })

  it('forwards a WebSocket upgrade to the origin', async () => {
    const status = await new Promise((resolve, reject) => {
      const url = new URL(`${edgeServer.url}/api/mizan/ws/?csrf_token=${encodeURIComponent(ben.csrf)}`)
      const req = httpRequest(url, {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': Buffer.from('edge-e2e-socket!').toString('base64'),
          origin: edgeServer.url,
          cookie: [...ben.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      })
      req.on('upgrade', (res, socket) => {
        socket.destroy()
        resolve(res.statusCode)
      })
      req.on('response', (res) => resolve(res.statusCode))
      req.on('error', reject)
      req.end()
    })
    assert.equal(status, 101)
  })
})
