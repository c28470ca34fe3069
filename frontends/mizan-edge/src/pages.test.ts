import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createEdge } from './handler.js'
import type { EdgeManifest } from './manifest.js'
import { MemoryStore } from './store.js'

// Edge pages (docs/pages.md): kept per permission class, purged with the contexts they embed.

const SECRET = 'edge-pages-test-secret-0123456789abcdef'

const manifest: EdgeManifest = {
  version: 1,
  base_path: '/api/mizan',
  mwt_cookie: 'mizan_mwt',
  without_mwt: 'anon',
  contexts: [{ name: 'project', rev: 3, scope: 'class', ttl: 60, params: [{ name: 'projectId', type: 'long', required: true }] }],
  not_cached: { team: 'member team_directory is not @Cached' },
  pages: [
    { path: '/', render_strategy: 'csr', contexts: [] },
    { path: '/board/{projectId}', render_strategy: 'edge', contexts: ['project'], ttl: 60 },
    { path: '/board/new', render_strategy: 'ssr', contexts: [] },
    { path: '/team', render_strategy: 'edge', contexts: ['team'], ttl: 30 },
    { path: '/me', render_strategy: 'ssr', contexts: [] },
  ],
}

function mint(perm: string): string {
  const kid = createHmac('sha256', SECRET).update('mizan:mwt:kid').digest('hex').slice(0, 16)
  const key = createHmac('sha256', SECRET).update('mizan:mwt:key').digest()
  const now = Math.floor(Date.now() / 1000)
  const h = Buffer.from(JSON.stringify({ alg: 'HS256', kid, typ: 'mwt+jwt' })).toString('base64url')
  const p = Buffer.from(JSON.stringify({ perm, iat: now - 5, exp: now + 300 })).toString('base64url')
  return `${h}.${p}.${createHmac('sha256', key).update(`${h}.${p}`).digest('base64url')}`
}

/** A scripted origin rendering pages for the caller's class (a test header), counting calls. */
function origin() {
  const calls: string[] = []
  let version = 1
  let extra: (r: Request) => Response | undefined = () => undefined
  const fetch = async (r: Request): Promise<Response> => {
    const url = new URL(r.url)
    calls.push(`${r.method} ${url.pathname}`)
    const custom = extra(r)
    if (custom !== undefined) return custom
    const perm = r.headers.get('x-test-class') ?? 'anon'
    if (url.pathname === '/api/mizan/call/') {
      version++
      const target = JSON.parse(await r.text()) as { args: { projectId?: number; team?: boolean } }
      const header = target.args.team ? 'team' : `project?projectId=${target.args.projectId ?? 7}`
      return Response.json({ result: null }, { headers: { 'x-mizan-invalidate': header } })
    }
    return new Response(`<html>${url.pathname} for ${perm}, version ${version}</html>`, {
      headers: {
        'content-type': 'text/html;charset=UTF-8',
        'x-mizan-render': 'edge',
        'x-mizan-perm': perm,
        'cache-control': 'private, no-cache',
        etag: `"${perm}-${version}"`,
      },
    })
  }
  return { calls, fetch, answerWith: (f: (r: Request) => Response | undefined) => void (extra = f) }
}

const edgeWith = (o: ReturnType<typeof origin>) =>
  createEdge({ origin: 'http://origin.test', secret: SECRET, manifest, fetch: o.fetch, store: new MemoryStore() })
const as = (perm: string, headers: Record<string, string> = {}) => ({ cookie: `mizan_mwt=${mint(perm)}`, 'x-test-class': perm, ...headers })
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://edge.test${path}`, { headers })
const call = (args: Record<string, unknown>, perm = 'auth') =>
  new Request('http://edge.test/api/mizan/call/', { method: 'POST', body: JSON.stringify({ function: 'f', args }), headers: as(perm, { 'content-type': 'application/json' }) })

describe('edge pages', () => {
  it('answers 100 reads of an edge page by one class with 1 origin request, and another class its own', async () => {
    const o = origin()
    const edge = edgeWith(o)
    const outcomes: string[] = []
    for (let i = 0; i < 100; i++) {
      const r = await edge(get('/board/7', as('auth')))
      outcomes.push(r.headers.get('x-mizan-edge')!)
      expect(await r.text()).toBe('<html>/board/7 for auth, version 1</html>')
      expect(r.headers.get('cache-control')).toBe('private, no-cache')
    }
    expect(outcomes.filter((x) => x === 'miss')).toHaveLength(1)
    expect(o.calls.filter((c) => c === 'GET /board/7')).toHaveLength(1)
    for (const perm of ['staff', 'superuser', 'anon']) {
      const r = await edge(get('/board/7', as(perm)))
      expect(r.headers.get('x-mizan-edge')).toBe('miss')
      expect(await r.text()).toBe(`<html>/board/7 for ${perm}, version 1</html>`)
    }
    const revalidated = await edge(get('/board/7', as('auth', { 'if-none-match': '"auth-1"' })))
    expect(revalidated.status).toBe(304)
  })

  it('purges a page when a context it embeds is invalidated, scoped by the path variables', async () => {
    const o = origin()
    const edge = edgeWith(o)
    await edge(get('/board/7', as('auth')))
    await edge(get('/board/8', as('auth')))
    await edge(get('/team', as('auth')))
    await edge(call({ projectId: 7 }))
    const seven = await edge(get('/board/7', as('auth')))
    expect(seven.headers.get('x-mizan-edge')).toBe('miss')
    expect(await seven.text()).toContain('version 2')
    expect((await edge(get('/board/7', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    expect((await edge(get('/board/8', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    expect((await edge(get('/team', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
    // A context the edge does not key itself (only a page embeds it) purges every page showing it.
    await edge(call({ team: true }))
    expect((await edge(get('/team', as('auth')))).headers.get('x-mizan-edge')).toBe('miss')
    expect((await edge(get('/board/8', as('auth')))).headers.get('x-mizan-edge')).toBe('hit')
  })

  it('never keeps a page answer that sets a cookie, is an error or a redirect, or was not rendered for the class', async () => {
    const cases: Record<string, (r: Request) => Response | undefined> = {
      'a cookie': () => new Response('<html/>', { headers: { 'x-mizan-render': 'edge', 'x-mizan-perm': 'auth', 'set-cookie': 'a=b' } }),
      'an error': () => new Response('<html/>', { status: 500, headers: { 'x-mizan-render': 'edge', 'x-mizan-perm': 'auth' } }),
      'a redirect to sign in': () => new Response(null, { status: 302, headers: { location: '/login' } }),
      'the fallback shell': () => new Response('<html/>', { headers: { 'x-mizan-render': 'csr; fallback=timeout', 'cache-control': 'no-store' } }),
      'a failed read': () => new Response('<html/>', { headers: { 'x-mizan-render': 'edge; not-shared', 'cache-control': 'no-store' } }),
      'another class': () => new Response('<html/>', { headers: { 'x-mizan-render': 'edge', 'x-mizan-perm': 'staff' } }),
    }
    for (const [name, answer] of Object.entries(cases)) {
      const o = origin()
      o.answerWith(answer)
      const edge = edgeWith(o)
      await edge(get('/board/7', as('auth')))
      const again = await edge(get('/board/7', as('auth')))
      expect(again.headers.get('x-mizan-edge'), name).toBe('miss')
      expect(o.calls.filter((c) => c === 'GET /board/7'), name).toHaveLength(2)
    }
  })

  it('forwards the other strategies, other paths, and callers with a bearer token', async () => {
    const o = origin()
    const edge = edgeWith(o)
    for (const path of ['/', '/board/new', '/me', '/elsewhere', '/board/7/more']) {
      await edge(get(path, as('auth')))
      expect((await edge(get(path, as('auth')))).headers.get('x-mizan-edge'), path).toBe('pass')
    }
    await edge(get('/board/7', as('auth', { authorization: 'Bearer x' })))
    expect((await edge(get('/board/7', as('auth', { authorization: 'Bearer x' })))).headers.get('x-mizan-edge')).toBe('pass')
  })
})
