import type { MizanError } from './error.js'
import { isRecord } from './guards.js'
import type { ContextState } from './types.js'

/** Every way the state of a cached context instance can change. */
export type ContextAction =
  | { readonly type: 'fetch' }
  | { readonly type: 'success'; readonly data: unknown; readonly stale: boolean }
  | { readonly type: 'error'; readonly error: MizanError }
  | { readonly type: 'abort' }
  | { readonly type: 'invalidate' }
  | { readonly type: 'merge'; readonly slot: string; readonly value: unknown }
  | { readonly type: 'hydrate'; readonly data: unknown }

/** The state of an instance nobody has fetched yet; shared, never mutated. */
export const idleState: ContextState<unknown> = Object.freeze({
  data: undefined,
  status: 'idle',
  error: null,
  stale: false,
})

/**
 * The state machine of one context instance. Unchanged state is returned as the same object,
 * so `getState` stays referentially stable for `useSyncExternalStore`.
 *
 * A refetch of an instance that has data keeps `status` (and `data`): `loading` means "no data
 * yet". `stale` is set by invalidation and cleared by a fresh answer.
 */
export function reduce(state: ContextState<unknown>, action: ContextAction): ContextState<unknown> {
  switch (action.type) {
    case 'fetch':
      return state.data === undefined && state.status !== 'loading'
        ? { ...state, status: 'loading', error: null }
        : state
    case 'success':
      return { data: action.data, status: 'success', error: null, stale: action.stale }
    case 'error':
      return { ...state, status: 'error', error: action.error }
    case 'abort':
      return state.status === 'loading' ? { ...state, status: 'idle' } : state
    case 'invalidate':
      return state.stale ? state : { ...state, stale: true }
    case 'merge':
      return isRecord(state.data) ? { ...state, data: splice(state.data, action.slot, action.value) } : state
    case 'hydrate':
      return { data: action.data, status: 'success', error: null, stale: false }
  }
}

/** A copy of a context bundle with one member replaced. */
export function splice(bundle: Record<string, unknown>, slot: string, value: unknown): Record<string, unknown> {
  return { ...bundle, [slot]: value }
}
