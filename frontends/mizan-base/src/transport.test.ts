import { describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { MizanError } from './error.js'
import { BASE, type FakeRequest, fakeServer, flush, json, sessionRoute } from './testing/fake-server.js'

function clientWith(route: (request: FakeRequest) => Response | undefined) {
  const session = sessionRoute()
  const server = fakeServer((request) => session(request) ?? route(request))
  return { server, client: new MizanClient({ baseUrl: BASE, fetch: server.fetch }) }
}

async function rejection(promise: Promise<unknown>): Promise<MizanError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof MizanError)) throw new Error(`expected a MizanError, got ${String(error)}`)
  return error
}

const ok = (result: unknown, headers: Record<string, string> = {}) => json({ result }, 200, headers)

describe('calls', () => {
  it('posts function and args with the CSRF token fetched lazily, once', async () => {
    const { server, client } = clientWith(() => ok(1))
    await expect(client.call('add', { a: 1 })).resolves.toBe(1)
    await expect(client.call('add', { a: 2 })).resolves.toBe(1)
    expect(server.to('/session/')).toHaveLength(1)
    const calls = server.to('/call/')
    expect(calls.map((r) => r.body)).toEqual([{ function: 'add', args: { a: 1 } }, { function: 'add', args: { a: 2 } }])
    expect(calls.map((r) => [r.method, r.headers.get('X-CSRF-Token'), r.headers.get('Content-Type')])).toEqual([
      ['POST', 't1', 'application/json'],
      ['POST', 't1', 'application/json'],
    ])
    expect(calls[0]?.url).toBe(`${BASE}/call/`)
    expect(calls[0]?.credentials).toBe('same-origin')
  })

  it('shares one session request between concurrent first calls', async () => {
    const { server, client } = clientWith(() => ok(null))
    await Promise.all([client.call('a', {}), client.call('b', {}), client.call('c', {})])
    expect(server.to('/session/')).toHaveLength(1)
  })

  it('fetches no session for context reads', async () => {
    const { server, client } = clientWith(() => json({ m: 1 }))
    await client.fetchContext({ name: 'c', rev: 1 }, {})
    expect(server.to('/session/')).toHaveLength(0)
  })

  it('renews the token once and retries once after a CSRF refusal', async () => {
    const csrf = json({ error: { code: 'FORBIDDEN', message: 'csrf', details: { reason: 'csrf' } } }, 403)
    const { server, client } = clientWith((r) => (r.headers.get('X-CSRF-Token') === 't1' ? csrf : ok('done')))
    await expect(client.call('f', {})).resolves.toBe('done')
    expect(server.to('/session/')).toHaveLength(2)
    expect(server.to('/call/').map((r) => r.headers.get('X-CSRF-Token'))).toEqual(['t1', 't2'])
  })

  it('shares one renewal between calls refused together', async () => {
    const csrf = () => json({ error: { code: 'FORBIDDEN', message: 'csrf', details: { reason: 'csrf' } } }, 403)
    const { server, client } = clientWith((r) => (r.headers.get('X-CSRF-Token') === 't1' ? csrf() : ok('done')))
    await client.session()
    await expect(Promise.all([client.call('a', {}), client.call('b', {}), client.call('c', {})])).resolves.toEqual([
      'done',
      'done',
      'done',
    ])
    expect(server.to('/session/')).toHaveLength(2)
    expect(server.to('/call/').map((r) => r.headers.get('X-CSRF-Token'))).toEqual(['t1', 't1', 't1', 't2', 't2', 't2'])
  })

  it('gives up after the second CSRF refusal', async () => {
    const { server, client } = clientWith(() =>
      json({ error: { code: 'FORBIDDEN', message: 'csrf', details: { reason: 'csrf' } } }, 403),
    )
    const error = await rejection(client.call('f', {}))
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', details: { reason: 'csrf' } })
    expect(server.to('/call/')).toHaveLength(2)
    expect(server.to('/session/')).toHaveLength(2)
  })

  it('does not retry other refusals', async () => {
    const { server, client } = clientWith(() => json({ error: { code: 'FORBIDDEN', message: 'no', details: {} } }, 403))
    expect(await rejection(client.call('f', {}))).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'no' })
    expect(server.to('/call/')).toHaveLength(1)
  })

  it('turns an error envelope into a MizanError with status, code, message and details', async () => {
    const { client } = clientWith(() =>
      json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422),
    )
    const error = await rejection(client.call('f', {}))
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', message: 'bad' })
    expect(error.fieldErrors).toEqual({ title: ['blank'] })
  })

  it('turns a network failure into NETWORK_ERROR with status 0', async () => {
    const { server, client } = clientWith(() => undefined)
    const pending = rejection(client.call('f', {}))
    await flush()
    server.to('/call/')[0]?.fail(new TypeError('fetch failed'))
    expect(await pending).toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
  })

  it('turns a non-JSON answer into INVALID_RESPONSE with its status', async () => {
    const { client } = clientWith(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(await rejection(client.call('f', {}))).toMatchObject({ status: 502, code: 'INVALID_RESPONSE' })
  })

  it('turns a JSON answer that is not an envelope into INVALID_RESPONSE', async () => {
    const { client } = clientWith(() => json({ oops: true }, 500))
    expect(await rejection(client.call('f', {}))).toMatchObject({ status: 500, code: 'INVALID_RESPONSE' })
    const { client: other } = clientWith(() => json({ value: 1 }))
    expect(await rejection(other.call('f', {}))).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' })
  })

  it('turns an empty answer into INVALID_RESPONSE', async () => {
    const { client } = clientWith(() => new Response('', { status: 200 }))
    expect(await rejection(client.call('f', {}))).toMatchObject({ code: 'INVALID_RESPONSE' })
  })

  it('turns an abort into ABORTED with status 0', async () => {
    const { client } = clientWith(() => undefined)
    const controller = new AbortController()
    const pending = rejection(client.call('f', {}, { signal: controller.signal }))
    await flush()
    controller.abort()
    expect(await pending).toMatchObject({ status: 0, code: 'ABORTED' })
  })

  it('fails the call when the session cannot be read', async () => {
    const server = fakeServer((r) => (r.path === '/session/' ? json({ user: null }) : ok(1)))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
    expect(await rejection(client.call('f', {}))).toMatchObject({ code: 'INVALID_RESPONSE' })
    expect(server.to('/call/')).toHaveLength(0)
  })
})

describe('context fetches', () => {
  it('GETs the context with its params in the query string', async () => {
    const { server, client } = clientWith(() => json({ details: { id: 1 } }))
    const bundle = await client.fetchContext({ name: 'project', rev: 3 }, { projectId: 7, tags: ['a', 'b'], q: 'x y', none: null })
    expect(bundle).toEqual({ details: { id: 1 } })
    const request = server.to('/ctx/project/')[0]
    expect(request?.method).toBe('GET')
    expect(request?.url).toBe(`${BASE}/ctx/project/?projectId=7&q=x+y&tags=%5B%22a%22%2C%22b%22%5D`)
  })

  it('omits the query string without params and tolerates a trailing slash in the base URL', async () => {
    const server = fakeServer(() => json({}))
    const client = new MizanClient({ baseUrl: `${BASE}/`, fetch: server.fetch, credentials: 'include' })
    await client.fetchContext({ name: 'global', rev: 1 }, {})
    expect(server.requests[0]?.url).toBe(`${BASE}/ctx/global/`)
    expect(server.requests[0]?.credentials).toBe('include')
  })

  it('rejects an answer that is not an object', async () => {
    const { client } = clientWith(() => json([1, 2]))
    expect(await rejection(client.fetchContext({ name: 'c', rev: 1 }, {}))).toMatchObject({ code: 'INVALID_RESPONSE' })
  })

  it('rejects with the envelope of a failed fetch', async () => {
    const { client } = clientWith(() => json({ error: { code: 'UNAUTHORIZED', message: 'login' } }, 401))
    expect(await rejection(client.fetchContext({ name: 'c', rev: 1 }, {}))).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
  })
})

describe('fetch', () => {
  it('is called as a plain function, as a browser fetch requires', async () => {
    const server = fakeServer(() => json({}))
    const receivers: unknown[] = []
    function strictFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      receivers.push(this)
      return server.fetch(input, init)
    }
    const client = new MizanClient({ baseUrl: BASE, fetch: strictFetch })
    await client.fetchContext({ name: 'c', rev: 1 }, {})
    expect(receivers).toEqual([undefined])
  })

  it('defaults to the global fetch, looked up when used', async () => {
    const server = fakeServer(() => json({ ok: 1 }))
    const client = new MizanClient({ baseUrl: BASE })
    vi.stubGlobal('fetch', server.fetch)
    try {
      await expect(client.fetchContext({ name: 'c', rev: 1 }, {})).resolves.toEqual({ ok: 1 })
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('session', () => {
  it('returns token and user and uses the token for the next call', async () => {
    const user = { id: '1', username: 'ann', staff: false, superuser: false, roles: [] }
    const server = fakeServer((r) => (r.path === '/session/' ? json({ csrf_token: 'abc', user }) : ok(0)))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
    await expect(client.session()).resolves.toEqual({ csrf_token: 'abc', user })
    await client.call('f', {})
    expect(server.to('/session/')).toHaveLength(1)
    expect(server.to('/call/')[0]?.headers.get('X-CSRF-Token')).toBe('abc')
  })
})
