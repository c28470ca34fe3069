import { type ContextDescriptor, ContextObserver, type ContextState, type MizanError, type Params } from '@mizan/base'
import { untrack } from 'svelte'
import { getMizanClient } from './client.js'

/** A context instance as reactive properties: what {@link useContextState} returns. */
export interface ContextRune<T, E extends MizanError = MizanError> {
  readonly data: T | undefined
  readonly status: ContextState<T>['status']
  readonly error: E | null
  readonly stale: boolean
  /** Fetches the instance now (joining a fetch in flight); resolves when settled. */
  refetch(): Promise<void>
}

/**
 * Mounts the context instance of `params` while the calling component lives (an `$effect`) and
 * returns its state as reactive properties (read them in markup, `$derived` or `$effect`).
 * `params` is a function, so it can read props and `$state`: when it returns other values the
 * component shows (and mounts) the other instance; equal values change nothing. An instance
 * about to be fetched reads `loading`, never `idle` (also when rendered on the server).
 */
export function useContextState<T, E extends MizanError = MizanError>(
  ctx: ContextDescriptor,
  params: () => Params,
): ContextRune<T, E> {
  const observer = new ContextObserver<T>(getMizanClient(), ctx, untrack(params))
  let state = $state.raw(observer.getState())
  const sync = () => {
    state = observer.getState()
  }
  $effect.pre(() => {
    if (observer.setParams(params())) sync()
  })
  $effect(() => {
    const unmount = observer.subscribe(sync)
    sync()
    return unmount
  })
  return {
    get data() {
      return state.data
    },
    get status() {
      return state.status
    },
    get error() {
      // The instance's error is the MizanError of a failed fetch; E narrows its code.
      return state.error as E | null
    },
    get stale() {
      return state.stale
    },
    refetch: () => observer.refetch(),
  }
}
