// The edge worker (MIZAN.md §5 "edge worker", docs/edge.md): a Fetch-API handler in front of a
// Mizan origin. Standard APIs only (fetch, Request, Response, URL, crypto.subtle).

import { parseInvalidateHeader } from '@mizan/base'
import { cacheKey, importSecret, type JsonValue } from '@mizan/keys'
import { bindParam, bindQuery, checkManifest, type EdgeManifest, type ManifestContext, type ManifestPage } from './manifest.js'
import { importMwtKeys, verifyMwt, type MwtKeyring } from './mwt.js'
import { embedsOf, matchPage, matchOrder, touches, type Embed, type PageMatch } from './pages.js'
import { MemoryStore, type EdgeStore, type PurgeMarks, type StoredAnswer } from './store.js'

export type EdgeOptions = {
  /** The origin's root URL, e.g. `http://127.0.0.1:8080`; request paths are appended as they come. */
  origin: string
  /** The origin's `mizan.cache.secret`: keys the cache and derives the MWT keys. */
  secret: string
  /** The origin's `mizan.cache.previous-secret` during a rotation: MWTs signed with it still verify. */
  previousSecret?: string
  /** The manifest; fetched from `{origin}{basePath}/edge/manifest/` on the first request when absent. */
  manifest?: EdgeManifest
  /** Where the manifest is fetched from when not given (default `/api/mizan`). */
  basePath?: string
  /** Where answers and purge marks are kept (default: in memory). */
  store?: EdgeStore
  /** How the origin is called (default: the global `fetch`). */
  fetch?: (request: Request) => Promise<Response>
  /** The clock, in milliseconds (default `Date.now`). */
  now?: () => number
  /**
   * How long to wait before fetching the manifest again after a failed fetch, in milliseconds
   * (default 5000). Meanwhile every request is forwarded as it comes and nothing is kept.
   */
  manifestRetryMs?: number
}

/** What happened to a request, in the `X-Mizan-Edge` header of every answer the edge gives. */
export type EdgeOutcome = 'hit' | 'miss' | 'pass'

export type EdgeHandler = {
  (request: Request, env?: unknown): Promise<Response>
  /** The manifest in use (fetched once). */
  manifest(): Promise<EdgeManifest>
}

/** The origin could not be called (network error, refused connection): answered as a 502 envelope. */
class OriginUnreachable extends Error {}

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']
const KEPT_ANSWER_HEADERS = ['content-type', 'etag', 'x-mizan-perm', 'x-mizan-seq', 'x-mizan-cache', 'x-mizan-render']

type State = {
  manifest: EdgeManifest
  contexts: Map<string, ManifestContext>
  /** Every page, in match order; only `edge` ones are kept. */
  pages: ManifestPage[]
  /** The contexts the `edge` pages embed, with how long a purge mark of each must live (the longest page TTL). */
  embedded: Map<string, number>
  cacheKey: CryptoKey
  mwt: MwtKeyring
  prefix: string
}

/** Builds the edge handler: `(request) => Response`, the same on every runtime with the Fetch API. */
export function createEdge(options: EdgeOptions): EdgeHandler {
  const origin = new URL(options.origin)
  const store = options.store ?? new MemoryStore()
  const rawFetch = options.fetch ?? ((r: Request) => fetch(r))
  const callOrigin = async (r: Request): Promise<Response> => {
    try {
      return await rawFetch(r)
    } catch {
      throw new OriginUnreachable(r.url)
    }
  }
  const retryMs = options.manifestRetryMs ?? 5000
  let manifestRetryAt = 0
  const clock = options.now ?? Date.now
  let last = 0
  // Strictly increasing within this isolate: a purge and a later fetch never share a stamp.
  const stamp = (): number => (last = Math.max(clock(), last + 1))
  const inflight = new Map<string, Promise<StoredAnswer | undefined>>()
  // Memos of the hot path, bounded: a verified token's class (re-checked against the clock on
  // every use) and the key of an input already keyed.
  const verified = new Map<string, { perm: string; iat: number; exp: number }>()
  const keys = new Map<string, string>()
  const MEMO = 10_000
  const remember = <V>(memo: Map<string, V>, k: string, v: V): V => {
    if (memo.size >= MEMO) memo.clear()
    memo.set(k, v)
    return v
  }
  let state: Promise<State> | undefined

  const init = async (): Promise<State> => {
    let manifest = options.manifest
    if (manifest === undefined) {
      const url = new URL((options.basePath ?? '/api/mizan') + '/edge/manifest/', origin)
      const answer = await callOrigin(new Request(url, { headers: { accept: 'application/json' } }))
      if (!answer.ok) throw new Error(`the origin answered ${answer.status} for ${url.pathname}`)
      manifest = checkManifest(await answer.json())
    } else {
      checkManifest(manifest)
    }
    const secrets = options.previousSecret ? [options.secret, options.previousSecret] : [options.secret]
    const pages = matchOrder(manifest.pages)
    const embedded = new Map<string, number>()
    for (const p of pages.filter((x) => x.render_strategy === 'edge')) for (const c of p.contexts) embedded.set(c, Math.max(embedded.get(c) ?? 0, p.ttl ?? 0))
    return {
      manifest,
      contexts: new Map(manifest.contexts.map((c) => [c.name, c])),
      pages,
      embedded,
      cacheKey: await importSecret(options.secret),
      mwt: await importMwtKeys(secrets),
      prefix: manifest.base_path.replace(/\/$/, ''),
    }
  }
  if (options.manifest !== undefined) checkManifest(options.manifest)
  const ready = (): Promise<State> => {
    if (state === undefined) {
      if (clock() < manifestRetryAt) return Promise.reject(new Error('the manifest fetch failed recently'))
      state = init()
      state.catch(() => {
        state = undefined
        manifestRetryAt = clock() + retryMs
      })
    }
    return state
  }

  const target = (request: Request): URL => {
    const url = new URL(request.url)
    return new URL(url.pathname + url.search, origin)
  }

  const forward = async (request: Request): Promise<Response> => {
    const headers = new Headers(request.headers)
    for (const h of HOP_BY_HOP) headers.delete(h)
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, redirect: 'manual' }
    if (hasBody) {
      init.body = request.body
      init.duplex = 'half'
      headers.delete('content-length')
    }
    return callOrigin(new Request(target(request), init))
  }

  const relay = (answer: Response, outcome: EdgeOutcome, body?: BodyInit | null): Response => {
    const headers = new Headers(answer.headers)
    for (const h of ['content-encoding', 'content-length', ...HOP_BY_HOP]) headers.delete(h)
    headers.set('x-mizan-edge', outcome)
    return new Response(body === undefined ? answer.body : body, { status: answer.status, statusText: answer.statusText, headers })
  }

  // ---- purge ----------------------------------------------------------------------------------

  const marksKey = (context: string): string => `p:${context}`

  /** Binds an invalidation entry's params with the manifest types; `null` (every instance) when any cannot be bound. */
  const purgeParams = (context: ManifestContext, params: Record<string, unknown> | undefined): Record<string, JsonValue> | null => {
    if (params === undefined || Object.keys(params).length === 0) return null
    const out: Record<string, JsonValue> = {}
    for (const [name, value] of Object.entries(params)) {
      const param = context.params.find((p) => p.name === name)
      const bound = param === undefined || value === null || typeof value === 'object' ? undefined : bindParam(param.type, String(value))
      if (bound === undefined) return null
      out[name] = bound
    }
    return out
  }

  const purge = async (s: State, entries: { context: string; params?: Record<string, unknown> }[]): Promise<void> => {
    const at = stamp()
    const byContext = new Map<string, (Record<string, JsonValue> | null)[]>()
    for (const e of entries) {
      const context = s.contexts.get(e.context)
      if (context === undefined && !s.embedded.has(e.context)) continue
      const list = byContext.get(e.context) ?? []
      // A context only an edge page embeds is not keyed here: its purge touches every instance.
      list.push(context === undefined ? null : purgeParams(context, e.params))
      byContext.set(e.context, list)
    }
    for (const [name, list] of byContext) {
      const ttl = Math.max(s.contexts.get(name)?.ttl ?? 0, s.embedded.get(name) ?? 0)
      const existing = (await store.get(marksKey(name))) as PurgeMarks | undefined
      const horizon = at - ttl * 1000
      const marks = (existing?.marks ?? []).filter((m) => m.at >= horizon)
      for (const params of list) marks.push({ params, at })
      await store.put(marksKey(name), { kind: 'purges', marks }, ttl)
    }
  }

  /** Entries of a call answer's body: its `invalidate` and `merge` lists. */
  const bodyEntries = (body: unknown): { context: string; params?: Record<string, unknown> }[] => {
    if (typeof body !== 'object' || body === null) return []
    const out: { context: string; params?: Record<string, unknown> }[] = []
    for (const list of [(body as { invalidate?: unknown }).invalidate, (body as { merge?: unknown }).merge]) {
      if (!Array.isArray(list)) continue
      for (const e of list) {
        if (typeof e === 'object' && e !== null && typeof (e as { context?: unknown }).context === 'string') {
          const params = (e as { params?: unknown }).params
          out.push({ context: (e as { context: string }).context, params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : undefined })
        }
      }
    }
    return out
  }

  const stale = async (answer: StoredAnswer): Promise<boolean> => {
    if (answer.embeds !== undefined) {
      for (const embed of answer.embeds) {
        const marks = (await store.get(marksKey(embed.context))) as PurgeMarks | undefined
        if (marks?.marks.some((m) => m.at >= answer.fetchedAt && touches(m.params, embed as Embed))) return true
      }
      return false
    }
    const marks = (await store.get(marksKey(answer.context))) as PurgeMarks | undefined
    if (marks === undefined) return false
    return marks.marks.some(
      (m) => m.at >= answer.fetchedAt && (m.params === null || Object.entries(m.params).every(([k, v]) => answer.params[k] === v)),
    )
  }

  // ---- cached context fetches ----------------------------------------------------------------

  /** The permission key the caller's answer is keyed under, or `undefined` when the edge cannot prove it. */
  const permOf = async (s: State, scope: ManifestContext['scope'], request: Request): Promise<string | undefined> => {
    if (scope === 'public') return 'anon'
    if (request.headers.has('authorization')) return undefined
    const token = cookie(request.headers.get('cookie'), s.manifest.mwt_cookie)
    if (token === undefined) return s.manifest.without_mwt === 'anon' ? 'anon' : undefined
    const now = clock() / 1000
    const known = verified.get(token)
    if (known !== undefined) return known.iat <= now + 30 && now < known.exp + 30 ? known.perm : undefined
    const verdict = await verifyMwt(token, s.mwt, now)
    return verdict.valid ? remember(verified, token, verdict).perm : undefined
  }

  const fromCache = (answer: StoredAnswer, request: Request, outcome: EdgeOutcome): Response => {
    const headers = new Headers(answer.headers)
    headers.set('x-mizan-edge', outcome)
    headers.set('cache-control', 'private, no-cache')
    const etag = headers.get('etag')
    if (outcome === 'hit' && etag !== null && request.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(answer.body, { status: answer.status, headers })
  }

  /** Fetches from the origin and keeps the answer when it is provably the `perm` one and cacheable. */
  const fill = async (
    request: Request,
    context: ManifestContext,
    params: Record<string, JsonValue>,
    perm: string,
    key: string,
  ): Promise<{ response: Response; kept?: StoredAnswer }> => {
    const fetchedAt = stamp()
    const answer = await forward(request)
    const keepable =
      answer.status === 200 &&
      answer.headers.get('x-mizan-perm') === perm &&
      !answer.headers.has('set-cookie') &&
      !(answer.headers.get('cache-control') ?? '').includes('no-store')
    if (!keepable) return { response: relay(answer, 'miss') }
    const body = await answer.text()
    const headers: [string, string][] = []
    for (const h of KEPT_ANSWER_HEADERS) {
      const v = answer.headers.get(h)
      if (v !== null) headers.push([h, v])
    }
    const kept: StoredAnswer = { kind: 'answer', context: context.name, params, fetchedAt, status: 200, headers, body }
    if (!(await stale(kept))) await store.put(`a:${key}`, kept, context.ttl)
    return { response: relay(answer, 'miss', body), kept }
  }

  const cachedFetch = async (s: State, request: Request, context: ManifestContext): Promise<Response | undefined> => {
    const params = bindQuery(context, new URL(request.url).searchParams)
    if (params === undefined) return undefined
    const perm = await permOf(s, context.scope, request)
    if (perm === undefined) return undefined
    const input = { ctx: context.name, params, rev: context.rev, perm }
    const memoKey = JSON.stringify(input)
    const key = keys.get(memoKey) ?? remember(keys, memoKey, await cacheKey(s.cacheKey, input))
    const found = await store.get(`a:${key}`)
    if (found !== undefined && found.kind === 'answer') {
      if (!(await stale(found))) return fromCache(found, request, 'hit')
      await store.delete(`a:${key}`)
    }
    const pending = inflight.get(key)
    if (pending !== undefined) {
      const shared = await pending
      if (shared !== undefined) return fromCache(shared, request, 'hit')
      return relay(await forward(request), 'miss')
    }
    const filling = fill(request, context, params, perm, key)
    const kept = filling.then((f) => f.kept).catch(() => undefined)
    inflight.set(key, kept)
    try {
      return (await filling).response
    } finally {
      inflight.delete(key)
    }
  }

  // ---- edge pages (docs/pages.md) ------------------------------------------------------------

  /**
   * An `edge` page: kept per permission class (the MWT's), keyed by its path and query, for the
   * page's TTL; kept only when the origin rendered it for that class (`X-Mizan-Render: edge`,
   * `X-Mizan-Perm`), with no cookie set and not `no-store` (a fallback shell, an error, a redirect
   * to sign in never are).
   */
  const pageFetch = async (s: State, request: Request, match: PageMatch): Promise<Response | undefined> => {
    const perm = await permOf(s, 'class', request)
    if (perm === undefined) return undefined
    const url = new URL(request.url)
    const key = `g:${perm}:${url.pathname}${url.search}`
    const found = await store.get(key)
    if (found !== undefined && found.kind === 'answer') {
      if (!(await stale(found))) return fromCache(found, request, 'hit')
      await store.delete(key)
    }
    const pending = inflight.get(key)
    if (pending !== undefined) {
      const shared = await pending
      if (shared !== undefined) return fromCache(shared, request, 'hit')
      return relay(await forward(request), 'miss')
    }
    const filling = (async (): Promise<{ response: Response; kept?: StoredAnswer }> => {
      const fetchedAt = stamp()
      const answer = await forward(request)
      const keepable =
        answer.status === 200 &&
        answer.headers.get('x-mizan-render') === 'edge' &&
        answer.headers.get('x-mizan-perm') === perm &&
        !answer.headers.has('set-cookie') &&
        !(answer.headers.get('cache-control') ?? '').includes('no-store')
      if (!keepable) return { response: relay(answer, 'miss') }
      const body = await answer.text()
      const headers: [string, string][] = []
      for (const h of KEPT_ANSWER_HEADERS) {
        const v = answer.headers.get(h)
        if (v !== null) headers.push([h, v])
      }
      const embeds = embedsOf(match, s.contexts)
      const kept: StoredAnswer = { kind: 'answer', context: '', params: {}, fetchedAt, status: 200, headers, body, embeds }
      if (!(await stale(kept))) await store.put(key, kept, match.page.ttl ?? 0)
      return { response: relay(answer, 'miss', body), kept }
    })()
    inflight.set(key, filling.then((f) => f.kept).catch(() => undefined))
    try {
      return (await filling).response
    } finally {
      inflight.delete(key)
    }
  }

  /** A gateway failure as the protocol's envelope: the origin is down, not the caller's request. */
  const unreachable = (): Response =>
    Response.json(
      { error: { code: 'INTERNAL_ERROR', message: 'The service is unreachable; try again shortly.' } },
      { status: 502, headers: { 'x-mizan-edge': 'pass', 'cache-control': 'no-store' } },
    )

  const handler = (async (request: Request): Promise<Response> => {
    try {
      let s: State
      try {
        s = await ready()
      } catch (e) {
        if (e instanceof OriginUnreachable) return unreachable()
        // No manifest yet (the origin refused it or answered one the edge cannot use): keep nothing,
        // pass the request as it comes, and fetch the manifest again after the retry delay.
        return relay(await forward(request), 'pass')
      }
      return await serve(s, request)
    } catch (e) {
      if (e instanceof OriginUnreachable) return unreachable()
      throw e
    }
  }) as EdgeHandler

  const serve = async (s: State, request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const ctxPrefix = `${s.prefix}/ctx/`
    if (request.method === 'GET' && url.pathname.startsWith(ctxPrefix) && url.pathname.endsWith('/')) {
      const context = s.contexts.get(decodeURIComponent(url.pathname.slice(ctxPrefix.length, -1)))
      if (context !== undefined) {
        const served = await cachedFetch(s, request, context)
        if (served !== undefined) return served
      }
    } else if (request.method === 'GET' && s.embedded.size > 0 && !url.pathname.startsWith(`${s.prefix}/`)) {
      const match = matchPage(s.pages, url.pathname)
      if (match?.page.render_strategy === 'edge' && !request.headers.has('authorization')) {
        const served = await pageFetch(s, request, match)
        if (served !== undefined) return served
      }
    }
    const answer = await forward(request)
    const entries = parseInvalidateHeader(answer.headers.get('x-mizan-invalidate'))
    const isCall = request.method === 'POST' && url.pathname === `${s.prefix}/call/`
    if (isCall && answer.ok && (answer.headers.get('content-type') ?? '').includes('json')) {
      const body = await answer.text()
      try {
        entries.push(...bodyEntries(JSON.parse(body)))
      } catch {
        // not JSON: nothing more to purge
      }
      if (entries.length > 0) await purge(s, entries)
      return relay(answer, 'pass', body)
    }
    if (entries.length > 0) await purge(s, entries)
    return relay(answer, 'pass')
  }
  handler.manifest = async () => (await ready()).manifest
  return handler
}

/** The value of a cookie in a `Cookie` header. */
function cookie(header: string | null, name: string): string | undefined {
  if (header === null) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}
