import type { MizanClient } from './client.js'
import { contextKey } from './key.js'
import type { ContextDescriptor, ContextState, Params } from './types.js'

/** What a mounted instance that has not started its fetch yet shows: it is about to load. */
const pendingState: ContextState<never> = Object.freeze({
  data: undefined,
  status: 'loading',
  error: null,
  stale: false,
})

/**
 * The state of an instance as a binding shows it to a component that mounts it: an instance that
 * is about to be fetched reads `loading` (also on the server), never `idle`, so no render shows
 * "nothing, and not loading either". The same object while nothing changed.
 */
export function observedState<T>(client: MizanClient, ctx: ContextDescriptor, params: Params): ContextState<T> {
  const state = client.getState<T>(ctx, params)
  return state.status === 'idle' ? pendingState : state
}

/**
 * The bookkeeping every framework binding needs to show one context instance whose params can
 * change: it follows the instance of the current params (by cache key, so new but equal params
 * objects change nothing), keeps it mounted while subscribed, and moves the mount to the new
 * instance when the params change (the old one is unmounted: its fetch is aborted after the
 * client's grace period if nobody else shows it).
 */
export class ContextObserver<T> {
  readonly #client: MizanClient
  readonly #ctx: ContextDescriptor
  #params: Params
  #key: string
  readonly #listeners = new Set<() => void>()
  #unmount: (() => void) | undefined

  constructor(client: MizanClient, ctx: ContextDescriptor, params: Params) {
    this.#client = client
    this.#ctx = ctx
    this.#params = params
    this.#key = contextKey(ctx, params)
  }

  /** The cache key of the instance followed now. */
  get key(): string {
    return this.#key
  }

  /** The params of the instance followed now. */
  get params(): Params {
    return this.#params
  }

  /**
   * Follows the instance of `params`; true when that is another instance (the listeners are then
   * told, and the mount moves to it while anyone is subscribed).
   */
  setParams(params: Params): boolean {
    const key = contextKey(this.#ctx, params)
    if (key === this.#key) return false
    const previous = this.#unmount
    this.#params = params
    this.#key = key
    this.#unmount = undefined
    if (this.#listeners.size > 0) this.#mount()
    previous?.()
    this.#notify()
    return true
  }

  /** The state of the followed instance, `loading` while it is about to be fetched. */
  getState(): ContextState<T> {
    return observedState<T>(this.#client, this.#ctx, this.#params)
  }

  /** Mounts the followed instance until the returned function is called (idempotent). */
  subscribe(listener: () => void): () => void {
    const entry = () => listener()
    this.#listeners.add(entry)
    if (this.#unmount === undefined) this.#mount()
    return () => {
      if (!this.#listeners.delete(entry) || this.#listeners.size > 0) return
      const unmount = this.#unmount
      this.#unmount = undefined
      unmount?.()
    }
  }

  /** Fetches the followed instance now, joining a fetch in flight; resolves when settled. */
  refetch(): Promise<void> {
    return this.#client.refetch(this.#ctx, this.#params)
  }

  #mount(): void {
    this.#unmount = this.#client.subscribe(this.#ctx, this.#params, () => this.#notify())
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener()
  }
}
