import { type BearerOptions, BearerSession } from './bearer.js'
import { ContextCache } from './context-cache.js'
import { dedupeInvalidations } from './entries.js'
import { isJson } from './guards.js'
import { contextKey } from './key.js'
import { type LiveOptions, type LiveStatus, LiveTransport } from './live.js'
import { type Scheduler, defaultScheduler } from './scheduler.js'
import { idleState } from './state.js'
import { HttpTransport } from './transport.js'
import { type UploadProgress, hasUploads } from './upload.js'
import type {
  ContextDescriptor,
  ContextState,
  DehydratedState,
  InvalidateEntry,
  MergeEntry,
  Params,
  Session,
} from './types.js'

/** How a {@link MizanClient} reaches its server and keeps time. */
export interface MizanClientOptions {
  /** e.g. '/api/mizan' */
  baseUrl: string
  /** injectable for tests and SSR */
  fetch?: typeof globalThis.fetch
  /** default 'same-origin' */
  credentials?: RequestCredentials
  /** timers; default the global ones */
  scheduler?: Scheduler
  /** grace period before a fetch nobody observes is aborted (covers StrictMode remounts); default 0 */
  abortDelayMs?: number
  /** how long an instance nobody observes stays cached; default 5 minutes, Infinity keeps it */
  gcTimeMs?: number
  /** live updates over `{baseUrl}/ws/` (true for the defaults); default off */
  live?: boolean | LiveOptions
  /**
   * bearer auth (JWT) instead of the session cookie: `client.auth.login(user, password)`, the
   * access token kept in memory, refreshed once on expiry; default off
   */
  bearer?: boolean | BearerOptions
  /**
   * server rendering (docs/ssr.md): a binding suspends the render of a component that reads an
   * instance with no answer yet until it has one; default off
   */
  suspense?: boolean
}

/** Per-request options of {@link MizanClient.call} and {@link MizanClient.fetchContext}. */
export interface RequestOptions {
  signal?: AbortSignal
}

/** Per-call options of {@link MizanClient.call}. */
export interface CallOptions extends RequestOptions {
  /** for a call with files (`File`/`Blob` arguments, sent multipart): told as the body goes out */
  onUploadProgress?: (progress: UploadProgress) => void
}

/**
 * The kernel: transport (calls, context fetches, session and CSRF) plus the context cache
 * with its subscriptions, invalidation, merge and hydration. Framework bindings sit on it.
 */
export class MizanClient {
  readonly #transport: HttpTransport
  /** Bearer sign-in and sign-out, when the client was created with `bearer`. */
  readonly auth: BearerSession | undefined
  readonly #cache: ContextCache
  /** The live transport, when live updates are on (channels build on it). */
  readonly live: LiveTransport | undefined
  readonly #mounts = new Map<string, number>()
  /** Whether bindings suspend on instances without an answer (server rendering). */
  declare readonly suspense: boolean

  constructor(options: MizanClientOptions) {
    const bearer = options.bearer
    this.auth =
      bearer === undefined || bearer === false ? undefined : new BearerSession(bearer === true ? {} : bearer)
    this.suspense = options.suspense === true
    const { bearer: _bearer, ...transport } = options
    this.#transport = new HttpTransport(this.auth === undefined ? transport : { ...transport, bearer: this.auth })
    const scheduler = options.scheduler ?? defaultScheduler
    const live = options.live
    this.live =
      live === undefined || live === false
        ? undefined
        : new LiveTransport(
            {
              scheduler,
              baseUrl: options.baseUrl,
              token: async () => (await this.#transport.session()).csrf_token,
              merge: (entries) => this.merge(entries),
              invalidate: (entries) => this.invalidate(entries),
              refetchWatched: () => {
                for (const query of this.#cache.all()) if (this.#mounts.has(contextKey(query.descriptor, query.params))) query.invalidate()
              },
              loading: (key) => this.#query(key)?.state.status === 'loading',
              refetch: (key) => this.#query(key)?.invalidate(),
            },
            live === true ? {} : live,
          )
    const abortDelayMs = options.abortDelayMs ?? 0
    const gcTimeMs = options.gcTimeMs ?? 300_000
    this.#cache = new ContextCache((descriptor, params, evict) => ({
      descriptor,
      params,
      scheduler,
      abortDelayMs,
      gcTimeMs,
      evict,
      load: (signal) =>
        this.#transport.fetchContext(descriptor.name, params, signal, (seq) =>
          this.live?.fetched(contextKey(descriptor, params), seq),
        ),
    }))
  }

  /** POST /call/; applies invalidate + merge of the answer, then resolves with `result`. */
  async call<R>(fn: string, args: Params, options?: CallOptions): Promise<R> {
    // Files travel only over HTTP (multipart); the socket carries JSON calls.
    const live = hasUploads(args) ? undefined : this.live
    const answer = await (live?.call(fn, args) ??
      this.#transport.call(fn, args, options?.signal, options?.onUploadProgress))
    this.merge(answer.merge)
    // When the socket already applied this call's own push, its watched instances are being refetched.
    const pushed = answer.seq !== undefined && this.live?.own(answer.seq) === true
    for (const entry of dedupeInvalidations(answer.invalidate)) {
      for (const query of this.#cache.findAll(entry.context, entry.params)) {
        if (!pushed || !this.#mounts.has(contextKey(query.descriptor, query.params))) query.invalidate()
      }
    }
    // The result's type is the function's declared output, known to generated code.
    return answer.result as R
  }

  /** GET /ctx/{name}/ without touching the cache. */
  async fetchContext<T>(ctx: ContextDescriptor, params: Params, options?: RequestOptions): Promise<T> {
    const bundle = await this.#transport.fetchContext(ctx.name, params, options?.signal)
    return bundle as T
  }

  /** GET /session/ (also renews the CSRF token). */
  session(): Promise<Session> {
    return this.#transport.session()
  }

  /** The instance's state; the same object while nothing changed. */
  getState<T>(ctx: ContextDescriptor, params: Params): ContextState<T> {
    const state = this.#cache.get(ctx, params)?.state ?? idleState
    // The cache holds what the server sent for this context: the generated type T.
    return state as ContextState<T>
  }

  /** Mounts the instance (fetching it when missing, stale or failed); the returned function unmounts. */
  subscribe(ctx: ContextDescriptor, params: Params, listener: () => void): () => void {
    const unsubscribe = this.#cache.build(ctx, params).subscribe(listener)
    const live = this.live
    if (live === undefined || ctx.live !== true) return unsubscribe
    const key = contextKey(ctx, params)
    const count = (this.#mounts.get(key) ?? 0) + 1
    this.#mounts.set(key, count)
    if (count === 1) live.watch(key, ctx.name, params)
    let done = false
    return () => {
      unsubscribe()
      if (done) return
      done = true
      const left = (this.#mounts.get(key) ?? 1) - 1
      if (left > 0) this.#mounts.set(key, left)
      else {
        this.#mounts.delete(key)
        live.unwatch(key)
      }
    }
  }

  #query(key: string) {
    return this.#cache.byKey(key)
  }

  /** The live socket's status ('idle' when live updates are off or nothing live is mounted yet). */
  liveStatus(): LiveStatus {
    return this.live?.status ?? 'idle'
  }

  /** Calls `listener` when {@link liveStatus} changes; returns the unsubscribe. */
  onLiveStatus(listener: () => void): () => void {
    return this.live?.onStatus(listener) ?? (() => undefined)
  }

  /** Fetches the instance now (joining a fetch in flight); resolves when settled, never rejects. */
  refetch(ctx: ContextDescriptor, params: Params): Promise<void> {
    return this.#cache.build(ctx, params).refetch()
  }

  /**
   * Marks matching instances stale and refetches the mounted ones. A slot-scoped entry
   * invalidates the whole instance: a context is fetched as one bundle.
   */
  invalidate(entries: InvalidateEntry[]): void {
    for (const entry of dedupeInvalidations(entries)) {
      for (const query of this.#cache.findAll(entry.context, entry.params)) query.invalidate()
    }
  }

  /** Splices each value into its slot of the matching instances that hold data; no request. */
  merge(entries: MergeEntry[]): void {
    for (const entry of entries) {
      for (const query of this.#cache.findAll(entry.context, entry.params)) query.merge(entry.slot, entry.value)
    }
  }

  /** Seeds the cache, typically with server-rendered data; hydrated instances are fresh. */
  hydrate(state: DehydratedState): void {
    for (const { name, rev, params, data } of state.contexts) {
      this.#cache.build({ name, rev }, params).hydrate(data)
      // A live subscription catches up from the server's read instead of refetching.
      if (state.seq !== undefined) this.live?.fetched(contextKey({ name, rev }, params), state.seq)
    }
  }

  /** The fresh, JSON-serialisable instances of the cache, for {@link hydrate} on the other side. */
  dehydrate(): DehydratedState {
    const contexts: DehydratedState['contexts'] = []
    for (const query of this.#cache.all()) {
      const { data, status, stale } = query.state
      if (status !== 'success' || stale || !isJson(data)) continue
      contexts.push({ name: query.descriptor.name, rev: query.descriptor.rev, params: query.params, data })
    }
    return { contexts }
  }
}
