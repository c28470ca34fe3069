import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createEdge } from './handler.js'
import type { EdgeManifest } from './manifest.js'
import { MemoryStore } from './store.js'

const SECRET = 'edge-handler-test-secret-0123456789abcdef'
const ORIGIN = 'http://origin.test'

const manifest: EdgeManifest = {
  version: 1,
  base_path: '/api/mizan',
  mwt_cookie: 'mizan_mwt',
  without_mwt: 'anon',
  contexts: [
    { name: 'project', rev: 3, scope: 'class', ttl: 60, params: [{ name: 'projectId', type: 'long', required: true }] },
    { name: 'site', rev: 1, scope: 'public', ttl: 60, params: [] },
  ],
  not_cached: { me: 'scope user' },
  pages: [],
}

function mint(perm: string, secret = SECRET, { iat = Date.now() / 1000 - 5, exp = Date.now() / 1000 + 300, alg = 'HS256' } = {}): string {
  const kid = createHmac('sha256', secret).update('mizan:mwt:kid').digest('hex').slice(0, 16)
  const key = createHmac('sha256', secret).update('mizan:mwt:key').digest()
  const h = Buffer.from(JSON.stringify({ alg, kid, typ: 'mwt+jwt' })).toString('base64url')
  const p = Buffer.from(JSON.stringify({ perm, iat: Math.floor(iat), exp: Math.floor(exp) })).toString('base64url')
  return `${h}.${p}.${createHmac('sha256', key).update(`${h}.${p}`).digest('base64url')}`
}

/** A scripted origin: answers context fetches as the caller's class (from a test header), counts calls. */
function origin() {
  const calls: Request[] = []
  let version = 1
  let answer: (r: Request) => Response | undefined = () => undefined
  const fetch = async (r: Request): Promise<Response> => {
    calls.push(r)
    const custom = answer(r)
    if (custom !== undefined) return custom
    const url = new URL(r.url)
    const perm = r.headers.get('x-test-class') ?? 'anon'
    if (url.pathname === '/api/mizan/call/') {
      version++
      return Response.json({ result: null, invalidate: [{ context: 'project', params: { projectId: 7 } }] })
    }
    if (url.pathname.startsWith('/api/mizan/ctx/')) {
      const name = url.pathname.split('/')[4]!
      return Response.json(
        { seen_as: perm, version, query: url.search },
        { headers: { 'x-mizan-perm': name === 'site' ? 'anon' : perm, 'cache-control': 'private, no-cache', etag: `"v${version}"` } },
      )
    }
    return new Response('plain', { status: 200, headers: { 'content-type': 'text/plain' } })
  }
  return {
    calls,
    fetch,
    bump: () => version++,
    answerWith: (f: (r: Request) => Response | undefined) => {
      answer = f
    },
  }
}

function edgeWith(o: ReturnType<typeof origin>, extra: Partial<Parameters<typeof createEdge>[0]> = {}) {
  return createEdge({ origin: ORIGIN, secret: SECRET, manifest, fetch: o.fetch, store: new MemoryStore(), ...extra })
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://edge.test${path}`, { headers })
const as = (perm: string, headers: Record<string, string> = {}) => ({ cookie: `mizan_mwt=${mint(perm)}`, 'x-test-class': perm, ...headers })

describe('cached context fetches', () => {
  it('serves repeated reads of one class from the cache: one origin request', async () => {
    const o = origin()
    const edge = edgeWith(o)
    const first = await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    expect(first.headers.get('x-mizan-edge')).toBe('miss')
    for (let i = 0; i < 20; i++) {
      const again = await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
      expect(again.headers.get('x-mizan-edge')).toBe('hit')
      expect(await again.json()).toMatchObject({ seen_as: 'auth' })
    }
    expect(o.calls).toHaveLength(1)
  })

  it('keys params as bound: ?projectId=07 is the instance of 7', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    expect((await edge(get('/api/mizan/ctx/project/?projectId=007', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=8', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
  })

  it('never gives one class the answer of another', async () => {
    const o = origin()
    const edge = edgeWith(o)
    for (const perm of ['auth', 'staff', 'superuser', 'anon']) {
      const r = await edge(get('/api/mizan/ctx/project/?projectId=7', as(perm)))
      expect(r.headers.get('x-mizan-edge')).toBe('miss')
      expect(await r.json()).toMatchObject({ seen_as: perm })
    }
    for (const perm of ['auth', 'staff', 'superuser', 'anon']) {
      const r = await edge(get('/api/mizan/ctx/project/?projectId=7', as(perm)))
      expect(await r.json()).toMatchObject({ seen_as: perm })
    }
  })

  it('forwards a forged, expired, alg-none or foreign-key MWT: never a cached privileged answer', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('staff')))
    const staff = mint('staff')
    const [h, , s] = staff.split('.')
    const forged = `${h}.${Buffer.from(JSON.stringify({ perm: 'staff', iat: 1, exp: 9e9 })).toString('base64url')}.${s}`
    const none = `${Buffer.from('{"alg":"none","typ":"mwt+jwt"}').toString('base64url')}.${staff.split('.')[1]}.`
    const bad = [forged, none, mint('staff', SECRET, { iat: 1, exp: 2 }), mint('staff', 'another-secret-0123456789abcdef-xyz'), mint('staff', SECRET, { alg: 'HS512' })]
    for (const token of bad) {
      const r = await edge(get('/api/mizan/ctx/project/?projectId=7', { cookie: `mizan_mwt=${token}` }))
      expect(r.headers.get('x-mizan-edge')).toBe('pass')
      expect(await r.json()).toMatchObject({ seen_as: 'anon' })
    }
  })

  it('serves callers without an MWT as anon, or forwards them when the manifest says pass', async () => {
    const o = origin()
    const anon = edgeWith(o)
    await anon(get('/api/mizan/ctx/project/?projectId=7'))
    expect((await anon(get('/api/mizan/ctx/project/?projectId=7'))).headers.get('x-mizan-edge')).toBe('hit')
    const pass = edgeWith(o, { manifest: { ...manifest, without_mwt: 'pass' } })
    expect((await pass(get('/api/mizan/ctx/project/?projectId=7'))).headers.get('x-mizan-edge')).toBe('pass')
    expect((await pass(get('/api/mizan/ctx/project/?projectId=7', { authorization: 'Bearer x' }))).headers.get('x-mizan-edge')).toBe('pass')
  })

  it('keys a public context as anon whoever asks', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/site/', as('staff')))
    expect((await edge(get('/api/mizan/ctx/site/', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    expect((await edge(get('/api/mizan/ctx/site/'))).headers.get('x-mizan-edge')).toBe('hit')
    expect(o.calls).toHaveLength(1)
  })

  it('never keeps an answer that sets a cookie, an error, one of another perm or marked no-store', async () => {
    const cases: ((r: Request) => Response)[] = [
      () => Response.json({ a: 1 }, { headers: { 'x-mizan-perm': 'auth', 'set-cookie': 'mizan_mwt=x; Path=/' } }),
      () => Response.json({ error: { code: 'INTERNAL_ERROR' } }, { status: 500, headers: { 'x-mizan-perm': 'auth' } }),
      () => Response.json({ a: 1 }, { headers: { 'x-mizan-perm': 'staff' } }),
      () => Response.json({ a: 1 }, { headers: { 'x-mizan-perm': 'auth', 'cache-control': 'no-store' } }),
      () => Response.json({ a: 1 }),
    ]
    for (const answer of cases) {
      const o = origin()
      o.answerWith(answer)
      const edge = edgeWith(o)
      await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
      expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
      expect(o.calls).toHaveLength(2)
    }
  })

  it('forwards fetches it cannot key: unknown, repeated, unbindable or missing params, uncached contexts', async () => {
    const o = origin()
    const edge = edgeWith(o)
    for (const path of ['/api/mizan/ctx/project/?projectId=7&x=1', '/api/mizan/ctx/project/?projectId=7&projectId=8', '/api/mizan/ctx/project/?projectId=7.0', '/api/mizan/ctx/project/?projectId=99999999999999999999', '/api/mizan/ctx/project/', '/api/mizan/ctx/me/']) {
      expect((await edge(get(path, as('auth')))).headers.get('x-mizan-edge')).toBe('pass')
    }
  })

  it('answers a revalidation of a hit with 304', async () => {
    const o = origin()
    const edge = edgeWith(o)
    const first = await edge(get('/api/mizan/ctx/site/'))
    const etag = first.headers.get('etag')!
    const again = await edge(get('/api/mizan/ctx/site/', { 'if-none-match': etag }))
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('private, no-cache')
  })
})

describe('purges', () => {
  it('purges on the invalidation of a mutation answer passing through; the next read is fresh', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    await edge(get('/api/mizan/ctx/project/?projectId=8', as('auth')))
    const call = await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"function":"x","args":{}}' }))
    expect(call.headers.get('x-mizan-edge')).toBe('pass')
    expect(await call.json()).toMatchObject({ invalidate: [{ context: 'project' }] })
    const seven = await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    expect(seven.headers.get('x-mizan-edge')).toBe('miss')
    expect(await seven.json()).toMatchObject({ version: 2 })
    expect((await edge(get('/api/mizan/ctx/project/?projectId=8', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
  })

  it('reads the X-Mizan-Invalidate header of any answer: scoped, unscoped, slot-scoped', async () => {
    const o = origin()
    const edge = edgeWith(o)
    const headers: Record<string, string>[] = [
      { 'x-mizan-invalidate': 'project?projectId=7#project_tasks' },
      { 'x-mizan-invalidate': 'other,project' },
    ]
    for (const h of headers) {
      await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
      expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
      o.answerWith((r) => (new URL(r.url).pathname === '/api/mizan/call/' ? new Response('{}', { headers: { 'content-type': 'application/json', ...h } }) : undefined))
      await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', body: '{}' }))
      o.answerWith(() => undefined)
      expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    }
  })

  it('reads a malformed X-Mizan-Invalidate header widely, never failing the answer it rides on', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    // A bad escape in the params: the entry becomes unscoped (every instance), the answer passes.
    o.answerWith((r) => (new URL(r.url).pathname === '/api/mizan/call/' ? new Response('{"result":1}', { headers: { 'content-type': 'application/json', 'x-mizan-invalidate': 'project?projectId=%zz,%E0%A4%A,' } }) : undefined))
    const call = await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', body: '{}' }))
    expect(call.status).toBe(200)
    expect(await call.json()).toEqual({ result: 1 })
    o.answerWith(() => undefined)
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
  })

  it('reads merge entries of the body too', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    o.answerWith((r) => (new URL(r.url).pathname === '/api/mizan/call/' ? Response.json({ result: 1, merge: [{ context: 'project', slot: 'project_tasks', value: 1, params: { projectId: 7 } }] }) : undefined))
    await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', body: '{}' }))
    o.answerWith(() => undefined)
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
  })

  it('does not keep an answer whose fetch began before a purge that arrived while it was in flight', async () => {
    const o = origin()
    let release!: () => void
    let arrived!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const atOrigin = new Promise<void>((r) => (arrived = r))
    const slow = async (r: Request): Promise<Response> => {
      if (new URL(r.url).pathname.startsWith('/api/mizan/ctx/')) {
        arrived()
        await gate
      }
      return o.fetch(r)
    }
    const edge = edgeWith(o, { fetch: slow })
    const read = edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    await atOrigin
    await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))
    release()
    expect((await read).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
  })
})

describe('forwarding', () => {
  it('forwards other requests unchanged: method, body, cookies, CSRF header', async () => {
    const o = origin()
    const edge = edgeWith(o)
    const r = await edge(new Request('http://edge.test/api/mizan/call/?x=1', { method: 'POST', headers: { cookie: 'a=b', 'x-csrf-token': 't', 'content-type': 'application/json' }, body: '{"function":"f"}' }))
    expect(r.status).toBe(200)
    const seen = o.calls[0]!
    expect(seen.url).toBe(`${ORIGIN}/api/mizan/call/?x=1`)
    expect(seen.method).toBe('POST')
    expect(seen.headers.get('cookie')).toBe('a=b')
    expect(seen.headers.get('x-csrf-token')).toBe('t')
    expect(await seen.text()).toBe('{"function":"f"}')
    expect((await edge(get('/index.html'))).headers.get('x-mizan-edge')).toBe('pass')
  })

  it('fetches the manifest from the origin when none is given', async () => {
    const o = origin()
    o.answerWith((r) => (new URL(r.url).pathname === '/api/mizan/edge/manifest/' ? Response.json(manifest) : undefined))
    const edge = createEdge({ origin: ORIGIN, secret: SECRET, fetch: o.fetch })
    expect((await edge.manifest()).contexts.map((c) => c.name)).toEqual(['project', 'site'])
  })
})

describe('bad paths', () => {
  it('answers an unreachable origin with a 502 envelope, never a thrown error, and serves again once it is back', async () => {
    const o = origin()
    let down = true
    const flaky = async (r: Request): Promise<Response> => {
      if (down) throw new TypeError('fetch failed: connect ECONNREFUSED')
      return o.fetch(r)
    }
    const edge = edgeWith(o, { fetch: flaky })
    for (const request of [
      get('/api/mizan/ctx/project/?projectId=7', as('auth')),
      new Request('http://edge.test/api/mizan/call/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
      get('/index.html'),
    ]) {
      const r = await edge(request)
      expect(r.status).toBe(502)
      expect(r.headers.get('cache-control')).toBe('no-store')
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('INTERNAL_ERROR')
    }
    down = false
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
  })

  it('passes every request through, keeping nothing, while the manifest cannot be fetched; fetches it again after the delay', async () => {
    const o = origin()
    let now = Date.now()
    let manifestAnswer: () => Response = () => new Response('<html>not found</html>', { status: 404 })
    o.answerWith((r) => (new URL(r.url).pathname === '/api/mizan/edge/manifest/' ? manifestAnswer() : undefined))
    const edge = createEdge({ origin: ORIGIN, secret: SECRET, fetch: o.fetch, now: () => now, manifestRetryMs: 5000 })
    const manifestFetches = () => o.calls.filter((c) => new URL(c.url).pathname === '/api/mizan/edge/manifest/').length

    for (let i = 0; i < 3; i++) {
      const r = await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
      expect(r.status).toBe(200)
      expect(r.headers.get('x-mizan-edge')).toBe('pass')
    }
    expect(manifestFetches()).toBe(1)

    manifestAnswer = () => Response.json({ ...manifest, version: 99 })
    now += 5001
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('pass')
    expect(manifestFetches()).toBe(2)

    manifestAnswer = () => Response.json(manifest)
    now += 5001
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    expect(manifestFetches()).toBe(3)
  })

  it('relays a call answer that claims JSON but is not, byte for byte, and purges by its header alone', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))
    await edge(get('/api/mizan/ctx/project/?projectId=8', as('auth')))
    o.answerWith((r) =>
      new URL(r.url).pathname === '/api/mizan/call/'
        ? new Response('{"result": oops', { headers: { 'content-type': 'application/json', 'x-mizan-invalidate': 'project?projectId=7' } })
        : undefined,
    )
    const r = await edge(new Request('http://edge.test/api/mizan/call/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json either' }))
    expect(r.status).toBe(200)
    expect(await r.text()).toBe('{"result": oops')
    expect(await o.calls.at(-1)!.text()).toBe('not json either')
    o.answerWith(() => undefined)
    expect((await edge(get('/api/mizan/ctx/project/?projectId=7', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/api/mizan/ctx/project/?projectId=8', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
  })

  it('refuses at creation a given manifest it cannot use', () => {
    expect(() => createEdge({ origin: ORIGIN, secret: SECRET, manifest: { ...manifest, version: 99 } as unknown as EdgeManifest })).toThrow()
  })
})

describe('portability', () => {
  it('the worker sources import nothing but each other, @mizan/keys and @mizan/base (no node: modules)', () => {
    const dir = new URL('.', import.meta.url)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'node.ts')) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      for (const m of text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2]!
        expect(`${file}: ${spec}`).toMatch(/: (\.\/[a-z]+\.js|@mizan\/keys|@mizan\/base)$/)
      }
      expect(text).not.toMatch(/\b(process|Buffer|require)\b\s*[.(]/)
    }
  })
})

describe('the manifest schema (docs/edge-manifest.schema.json)', async () => {
  const { validate } = (await import(new URL('../scripts/json-schema.mjs', import.meta.url).href)) as {
    validate: (schema: unknown, value: unknown) => string[]
  }
  const schema = JSON.parse(readFileSync(new URL('../../../docs/edge-manifest.schema.json', import.meta.url), 'utf8')) as unknown

  it('accepts the manifests of these tests', () => {
    expect(validate(schema, manifest)).toEqual([])
  })

  it('refuses what the edge cannot use', () => {
    const bad = [
      { ...manifest, version: 2 },
      { ...manifest, without_mwt: 'maybe' },
      { ...manifest, base_path: 'api' },
      { ...manifest, extra: 1 },
      { ...manifest, contexts: [{ ...manifest.contexts[0], scope: 'user' }] },
      { ...manifest, contexts: [{ ...manifest.contexts[0], ttl: 0 }] },
      { ...manifest, contexts: [{ ...manifest.contexts[0], params: [{ name: 'since', type: 'date', required: true }] }] },
      { ...manifest, not_cached: { x: 1 } },
    ]
    for (const m of bad) expect(validate(schema, m)).not.toEqual([])
  })
})
