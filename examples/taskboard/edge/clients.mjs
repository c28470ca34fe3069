// Shared by the edge end-to-end tests (Node, Bun, Deno, workerd): a browser-like client of an edge
// in front of the task board, and an MWT minted like the origin's.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'

// The task board's demo secret (application.properties); a deployment sets TASKBOARD_CACHE_SECRET.
export const SECRET = 'taskboard-demo-cache-secret-not-for-production'

/** A browser-like client of the edge: a cookie jar, no redirects followed. */
export class Client {
  cookies = new Map()

  /** `base`: the edge's URL. */
  constructor(base) {
    this.base = base
  }

  async send(path, init = {}) {
    const headers = new Headers(init.headers)
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    const answer = await fetch(this.base + path, { ...init, headers, redirect: 'manual' })
    for (const c of answer.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const eq = pair.indexOf('=')
      const value = pair.slice(eq + 1)
      if (value === '' || /Max-Age=0/i.test(c)) this.cookies.delete(pair.slice(0, eq))
      else this.cookies.set(pair.slice(0, eq), value)
    }
    return answer
  }

  async signIn(username) {
    // The sign-in page is static (docs/pages.md): its form token comes from /login/token.
    const { parameterName, token } = await (await this.send('/login/token')).json()
    const form = new URLSearchParams({ username, password: `${username}-pass`, [parameterName]: token })
    const answer = await this.send('/login', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    assert.equal(answer.status, 302)
    assert.doesNotMatch(answer.headers.get('location') ?? '', /error/)
    return this.session()
  }

  async session() {
    const answer = await this.send('/api/mizan/session/')
    assert.equal(answer.status, 200)
    this.csrf = (await answer.json()).csrf_token
    return this
  }

  async read(path) {
    const answer = await this.send(path)
    return { status: answer.status, edge: answer.headers.get('x-mizan-edge'), perm: answer.headers.get('x-mizan-perm'), body: await answer.json() }
  }

  async call(fn, args) {
    const answer = await this.send('/api/mizan/call/', {
      method: 'POST',
      body: JSON.stringify({ function: fn, args }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf },
    })
    return { status: answer.status, invalidate: answer.headers.get('x-mizan-invalidate'), body: await answer.json() }
  }
}

/** An MWT signed like the origin's (or not: another secret, alg, typ). */
export function mint(claims, { secret = SECRET, alg = 'HS256', typ = 'mwt+jwt' } = {}) {
  const kid = createHmac('sha256', secret).update('mizan:mwt:kid').digest('hex').slice(0, 16)
  const key = createHmac('sha256', secret).update('mizan:mwt:key').digest()
  const h = Buffer.from(JSON.stringify({ alg, kid, typ })).toString('base64url')
  const p = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${h}.${p}.${createHmac('sha256', key).update(`${h}.${p}`).digest('base64url')}`
}
