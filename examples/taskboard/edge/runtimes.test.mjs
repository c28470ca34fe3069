// The unchanged @mizan/edge module worker under Bun and Deno (each with its own server, from the
// package's entry for it), in front of one running task board: shared reads of one permission class
// come from the edge, a mutation through it purges, classes never share answers, and no forged MWT
// gets a privileged answer. What reaches the origin is counted by a recording proxy.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startServer } from '../frontend/e2e/server.mjs'
import { Client, mint, SECRET } from './clients.mjs'
import { recordingProxy, RUNTIMES, startEdge } from './runtimes.mjs'

let origin
let proxy

before(async () => {
  origin = await startServer({ logName: 'taskboard-edge-runtimes.log' })
  proxy = await recordingProxy(origin.baseUrl)
})

after(async () => {
  await proxy?.close()
  await origin?.stop()
})

const TEAM = '/api/mizan/ctx/team/'

for (const runtime of Object.keys(RUNTIMES)) {
  describe(`@mizan/edge under ${runtime} in front of the task board`, () => {
    let edge
    let ben, cy, ada, root
    const client = () => new Client(edge.url)
    const originCount = (path) => proxy.requests.filter((r) => r === `GET ${path}`).length

    before(async () => {
      edge = await startEdge(runtime, { origin: proxy.url, secret: SECRET })
      ben = await client().signIn('ben')
      cy = await client().signIn('cy')
      ada = await client().signIn('ada')
      root = await client().signIn('root')
      for (const c of [ben, cy, ada, root]) assert.ok(c.cookies.has('mizan_mwt'), 'the session answer set the MWT cookie')
    })

    after(async () => {
      await edge?.stop()
    })

    it('answers 100 reads of the shared team context by members of one class with 1 origin request', async () => {
      const before = originCount(TEAM)
      const answers = []
      for (let i = 0; i < 100; i++) answers.push(await (i % 2 === 0 ? ben : cy).read(TEAM))
      assert.equal(originCount(TEAM) - before, 1)
      assert.equal(answers.filter((a) => a.edge === 'miss').length, 1)
      assert.equal(answers.filter((a) => a.edge === 'hit').length, 99)
      for (const a of answers) {
        assert.equal(a.status, 200)
        assert.equal(a.perm, 'auth')
        assert.deepEqual(a.body, answers[0].body)
      }
      assert.deepEqual(answers[0].body.team_directory.map((m) => m.username).sort(), ['ada', 'ben', 'cy', 'root'])
    })

    it('never gives another class the first class answer: staff and superuser are keyed apart', async () => {
      assert.equal((await ben.read(TEAM)).edge, 'hit')
      for (const [c, perm] of [[ada, 'staff'], [root, 'superuser']]) {
        const first = await c.read(TEAM)
        assert.equal(first.edge, 'miss', perm)
        assert.equal(first.perm, perm)
        const again = await c.read(TEAM)
        assert.equal(again.edge, 'hit', perm)
        assert.equal(again.perm, perm)
      }
      const member = await cy.read(TEAM)
      assert.equal(member.perm, 'auth')
      assert.equal(member.edge, 'hit')
    })

    it('purges on a mutation passing through it: the next read is fresh, and kept again', async () => {
      const status = `Trying the edge on ${runtime}`
      const first = await cy.read(TEAM)
      assert.ok(!JSON.stringify(first.body).includes(status))
      assert.equal((await ben.read(TEAM)).edge, 'hit')

      const set = await ben.call('set_my_status', { status })
      assert.equal(set.status, 200)
      assert.match(set.invalidate, /^team/)

      const before = originCount(TEAM)
      const fresh = await cy.read(TEAM)
      assert.equal(fresh.edge, 'miss')
      assert.equal(fresh.body.team_directory.find((m) => m.username === 'ben').status, status, 'the new status is in the next read')
      assert.equal((await ben.read(TEAM)).edge, 'hit')
      assert.equal(originCount(TEAM) - before, 1)
    })

    it('gives a forged, expired, unsigned or foreign MWT nothing privileged', async () => {
      const now = Math.floor(Date.now() / 1000)
      const [h, , s] = ada.cookies.get('mizan_mwt').split('.')
      const raised = Buffer.from(JSON.stringify({ perm: 'superuser', iat: now, exp: now + 600 })).toString('base64url')
      const tokens = {
        'tampered payload': `${h}.${raised}.${s}`,
        'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'mwt+jwt' })).toString('base64url')}.${raised}.`,
        expired: mint({ perm: 'staff', iat: now - 1200, exp: now - 600 }),
        'foreign secret': mint({ perm: 'staff', iat: now, exp: now + 600 }, { secret: 'somebody-elses-secret-0123456789abcdef' }),
      }
      // The staff and superuser answers are in the edge's cache (again, after the purge above): a
      // forged token must not reach them.
      for (const c of [ada, root]) {
        await c.read(TEAM)
        assert.equal((await c.read(TEAM)).edge, 'hit')
      }
      for (const [name, token] of Object.entries(tokens)) {
        const anonymous = client()
        anonymous.cookies.set('mizan_mwt', token)
        const read = await anonymous.read(TEAM)
        assert.equal(read.edge, 'pass', name)
        assert.equal(read.status, 401, `${name}: the origin decides, and a visitor is not signed in`)
        assert.equal(read.body.error.code, 'UNAUTHORIZED')

        const member = client()
        member.cookies = new Map(cy.cookies)
        member.cookies.set('mizan_mwt', token)
        const own = await member.read(TEAM)
        assert.equal(own.edge, 'pass', name)
        assert.equal(own.perm, 'auth', `${name}: answered with the member's own rights`)
      }
    })
  })
}
