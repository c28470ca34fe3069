import { toMizanError } from './error.js'
import { isRecord } from './guards.js'
import type { Scheduler, TimerHandle } from './scheduler.js'
import { type ContextAction, idleState, reduce, splice } from './state.js'
import type { ContextDescriptor, ContextState, Params } from './types.js'

/** What a context instance needs from its client. */
export interface ContextQueryConfig {
  readonly descriptor: ContextDescriptor
  readonly params: Params
  readonly load: (signal: AbortSignal) => Promise<unknown>
  readonly scheduler: Scheduler
  /** How long a fetch nobody observes any more survives before it is aborted. */
  readonly abortDelayMs: number
  /** How long an instance nobody observes or fetches stays cached; Infinity keeps it. */
  readonly gcTimeMs: number
  /** Removes the instance from its cache. */
  readonly evict: () => void
}

interface Listener {
  readonly notify: () => void
}

interface Run {
  readonly controller: AbortController
  readonly merges: Array<{ slot: string; value: unknown }>
  invalidated: boolean
  promise: Promise<void>
}

/**
 * One cached context instance (name + params + rev): its state, its observers and its one
 * fetch in flight. Observers mount it; invalidation refetches it while mounted and marks it
 * stale otherwise; a fetch is never allowed to overwrite newer data (see `#settle`).
 */
export class ContextQuery {
  readonly descriptor: ContextDescriptor
  readonly params: Params
  #state: ContextState<unknown> = idleState
  readonly #config: ContextQueryConfig
  readonly #listeners = new Set<Listener>()
  #run: Run | undefined
  #waiters = 0
  #pendingAbort: TimerHandle | undefined
  #pendingGc: TimerHandle | undefined

  constructor(config: ContextQueryConfig) {
    this.#config = config
    this.descriptor = config.descriptor
    this.params = config.params
  }

  get state(): ContextState<unknown> {
    return this.#state
  }

  /** True while at least one observer shows this instance. */
  get mounted(): boolean {
    return this.#listeners.size > 0
  }

  /** Mounts an observer; fetches when the instance has no data, is stale or failed. */
  subscribe(notify: () => void): () => void {
    const listener: Listener = { notify }
    this.#listeners.add(listener)
    this.#pendingAbort = this.#cancel(this.#pendingAbort)
    this.#pendingGc = this.#cancel(this.#pendingGc)
    const { data, stale, status } = this.#state
    if (data === undefined || stale || status === 'error') void this.fetch()
    return () => {
      if (!this.#listeners.delete(listener) || this.mounted) return
      this.#scheduleAbort()
      this.#scheduleGc()
    }
  }

  /** Starts a fetch, or joins the one in flight. Never rejects: failures land in the state. */
  fetch(): Promise<void> {
    if (this.#run !== undefined) return this.#run.promise
    const run: Run = { controller: new AbortController(), merges: [], invalidated: false, promise: Promise.resolve() }
    this.#run = run
    run.promise = this.#config.load(run.controller.signal).then(
      (data) => this.#settle(run, data),
      (error: unknown) => this.#fail(run, error),
    )
    this.#dispatch({ type: 'fetch' })
    return run.promise
  }

  /** An explicit refetch: the fetch is not aborted on unmount while the caller waits. */
  async refetch(): Promise<void> {
    this.#waiters++
    try {
      await this.fetch()
    } finally {
      this.#waiters--
      this.#scheduleGc()
    }
  }

  /** Marks the data stale; refetches once if mounted (after the fetch in flight, if any). */
  invalidate(): void {
    this.#dispatch({ type: 'invalidate' })
    if (this.#run !== undefined) this.#run.invalidated = true
    else if (this.mounted) void this.fetch()
  }

  /** Splices a member value in now, and again into the answer of the fetch in flight. */
  merge(slot: string, value: unknown): void {
    this.#run?.merges.push({ slot, value })
    this.#dispatch({ type: 'merge', slot, value })
  }

  /** Seeds the instance with server-rendered data. */
  hydrate(data: unknown): void {
    this.#dispatch({ type: 'hydrate', data })
    this.#scheduleGc()
  }

  #settle(run: Run, data: unknown): Promise<void> | undefined {
    if (this.#run !== run) return undefined
    this.#run = undefined
    let value = data
    for (const { slot, value: merged } of run.merges) {
      if (isRecord(value)) value = splice(value, slot, merged)
    }
    this.#dispatch({ type: 'success', data: value, stale: run.invalidated })
    return this.#followUp(run) ?? this.#scheduleGc()
  }

  #fail(run: Run, error: unknown): Promise<void> | undefined {
    if (this.#run !== run) return undefined
    this.#run = undefined
    const aborted = run.controller.signal.aborted
    this.#dispatch(aborted ? { type: 'abort' } : { type: 'error', error: toMizanError(error) })
    return (aborted ? undefined : this.#followUp(run)) ?? this.#scheduleGc()
  }

  /** An invalidation arrived during the fetch: its answer may predate it, so fetch again. */
  #followUp(run: Run): Promise<void> | undefined {
    return run.invalidated && (this.mounted || this.#waiters > 0) ? this.fetch() : undefined
  }

  #unused(): boolean {
    return !this.mounted && this.#waiters === 0
  }

  #scheduleAbort(): void {
    if (this.#run === undefined || !this.#unused()) return
    this.#cancel(this.#pendingAbort)
    this.#pendingAbort = this.#config.scheduler.setTimeout(() => {
      this.#pendingAbort = undefined
      if (this.#unused()) this.#run?.controller.abort()
    }, this.#config.abortDelayMs)
  }

  /** Evicts the instance once nobody has observed, awaited or fetched it for gcTimeMs. */
  #scheduleGc(): undefined {
    if (this.#run !== undefined || !this.#unused() || this.#config.gcTimeMs === Infinity) return undefined
    this.#cancel(this.#pendingGc)
    this.#pendingGc = this.#config.scheduler.setTimeout(() => {
      this.#pendingGc = undefined
      if (this.#run === undefined && this.#unused()) this.#config.evict()
    }, this.#config.gcTimeMs)
    return undefined
  }

  #cancel(handle: TimerHandle | undefined): undefined {
    if (handle !== undefined) this.#config.scheduler.clearTimeout(handle)
    return undefined
  }

  #dispatch(action: ContextAction): void {
    const next = reduce(this.#state, action)
    if (next === this.#state) return
    this.#state = next
    for (const listener of [...this.#listeners]) listener.notify()
  }
}
