import { describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { MizanError } from './error.js'
import { BASE, type FakeRequest, fakeServer, json } from './testing/fake-server.js'

const expired = () => json({ error: { code: 'UNAUTHORIZED', message: 'expired', details: { reason: 'token_expired' } } }, 401)
const invalid = () => json({ error: { code: 'UNAUTHORIZED', message: 'invalid', details: { reason: 'token_invalid' } } }, 401)
const pair = (n: number) => ({ access_token: `a${n}`, refresh_token: `r${n}`, token_type: 'Bearer', expires_in: 300 })

function fnOf(request: FakeRequest): string {
  const body = request.body as { function?: string }
  return body.function ?? ''
}

/** A server whose access tokens `a1`, `a2`, … are valid from `valid` on; refresh answers via `refresh`. */
function tokenServer(options: { valid: string[]; refresh?: (request: FakeRequest) => Response | undefined }) {
  let issued = 1
  return fakeServer((request) => {
    if (request.path === '/session/') return json({ csrf_token: 'csrf', user: null })
    const fn = request.path === '/call/' ? fnOf(request) : ''
    if (fn === 'login') return json({ result: pair(1) })
    if (fn === 'refresh') {
      if (options.refresh !== undefined) return options.refresh(request)
      issued++
      options.valid.push(`a${issued}`)
      return json({ result: pair(issued) })
    }
    if (fn === 'logout') return json({ result: null })
    const auth = request.headers.get('Authorization')
    if (auth === null) return json({ error: { code: 'UNAUTHORIZED', message: 'sign in', details: {} } }, 401)
    if (!options.valid.includes(auth.replace('Bearer ', ''))) return expired()
    return request.path === '/call/' ? json({ result: auth }) : json({ member: auth })
  })
}

describe('bearer auth', () => {
  it('signs in, then sends the access token and no CSRF token or session request', async () => {
    const server = tokenServer({ valid: ['a1'] })
    const onTokens = vi.fn()
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: { onTokens } })
    await client.auth?.login('ann', 'pw')
    expect(onTokens).toHaveBeenCalledWith(pair(1))
    await expect(client.call('whoami', {})).resolves.toBe('Bearer a1')
    await expect(client.fetchContext({ name: 'mine', members: [] } as never, {})).resolves.toEqual({
      member: 'Bearer a1',
    })
    expect(server.to('/session/')).toHaveLength(0)
    const login = server.to('/call/')[0]
    expect(login?.headers.get('Authorization')).toBeNull()
    expect(login?.body).toEqual({ function: 'login', args: { username: 'ann', password: 'pw' } })
    const whoami = server.to('/call/')[1]
    expect(whoami?.headers.get('X-CSRF-Token')).toBeNull()
    expect(whoami?.credentials).toBe('omit')
  })

  it('refreshes once for concurrent requests that find the token expired, and retries each once', async () => {
    const valid: string[] = []
    const server = tokenServer({ valid })
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: true })
    await client.auth?.login('ann', 'pw')
    const answers = await Promise.all([client.call('a', {}), client.call('b', {}), client.call('c', {})])
    expect(answers).toEqual(['Bearer a2', 'Bearer a2', 'Bearer a2'])
    const refreshes = server.to('/call/').filter((r) => fnOf(r) === 'refresh')
    expect(refreshes).toHaveLength(1)
    expect(refreshes[0]?.body).toEqual({ function: 'refresh', args: { refreshToken: 'r1' } })
    expect(refreshes[0]?.headers.get('Authorization')).toBeNull()
  })

  it('refreshes for a context fetch too', async () => {
    const server = tokenServer({ valid: [] })
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: true })
    await client.auth?.login('ann', 'pw')
    await expect(client.fetchContext({ name: 'mine', members: [] } as never, {})).resolves.toEqual({
      member: 'Bearer a2',
    })
  })

  it('retries only once: a second expiry is the caller’s error', async () => {
    const server = tokenServer({ valid: [], refresh: () => json({ result: pair(7) }) })
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: true })
    await client.auth?.login('ann', 'pw')
    const error = await client.call('whoami', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MizanError)
    expect((error as MizanError).details['reason']).toBe('token_expired')
    expect(server.to('/call/').filter((r) => fnOf(r) === 'whoami')).toHaveLength(2)
    expect(server.to('/call/').filter((r) => fnOf(r) === 'refresh')).toHaveLength(1)
  })

  it('signs out cleanly when the refresh fails, and stops sending a token', async () => {
    const server = tokenServer({ valid: [], refresh: () => invalid() })
    const onSignOut = vi.fn()
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: { onSignOut } })
    await client.auth?.login('ann', 'pw')
    const [first, second] = await Promise.all([
      client.call('a', {}).catch((e: unknown) => e),
      client.call('b', {}).catch((e: unknown) => e),
    ])
    expect((first as MizanError).status).toBe(401)
    expect((second as MizanError).status).toBe(401)
    expect(onSignOut).toHaveBeenCalledTimes(1)
    expect(client.auth?.signedIn).toBe(false)
    await client.call('c', {}).catch(() => undefined)
    expect(server.to('/call/').find((r) => fnOf(r) === 'c')?.headers.get('Authorization')).toBeNull()
    expect(server.to('/call/').filter((r) => fnOf(r) === 'refresh')).toHaveLength(1)
  })

  it('does not refresh for an invalid (not expired) token', async () => {
    const server = fakeServer((request) =>
      fnOf(request) === 'login' ? json({ result: pair(1) }) : request.path === '/call/' ? invalid() : undefined,
    )
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: true })
    await client.auth?.login('ann', 'pw')
    await expect(client.call('x', {})).rejects.toBeInstanceOf(MizanError)
    expect(server.to('/call/').filter((r) => fnOf(r) === 'refresh')).toHaveLength(0)
  })

  it('logs out on the server with the refresh token and forgets both tokens', async () => {
    const server = tokenServer({ valid: ['a1'] })
    const onSignOut = vi.fn()
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: { onSignOut } })
    await client.auth?.login('ann', 'pw')
    await client.auth?.logout()
    const logout = server.to('/call/').find((r) => fnOf(r) === 'logout')
    expect(logout?.body).toEqual({ function: 'logout', args: { refreshToken: 'r1' } })
    expect(onSignOut).toHaveBeenCalledTimes(1)
    expect(client.auth?.header()).toBeUndefined()
  })

  it('starts from a kept refresh token: the first request refreshes', async () => {
    const server = tokenServer({ valid: [] })
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, bearer: { refreshToken: 'r0' } })
    await expect(client.call('whoami', {})).resolves.toBe('Bearer a2')
  })
})
