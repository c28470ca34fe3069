import { type ContextDescriptor, type ContextState, type Params, contextKey, observedState } from '@mizan/base'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/**
 * Subscribes (mounts) the instance, fetches when missing or stale, returns its state. An
 * instance the hook is about to fetch reads `loading` from the first render (also on the
 * server), not `idle`, so no render shows "nothing, and not loading either" (the kernel's
 * `observedState`).
 */
//
// With `null` params nothing is mounted or fetched and the state is `idle`: for a hook that mounts
// an instance only when it is given params (a generated member hook called with params, outside
// its provider).
export function useContextState<T>(ctx: ContextDescriptor, params: Params | null): ContextState<T> {
  const client = useMizanClient()
  const key = params === null ? null : contextKey(ctx, params)
  // The instance is identified by its key: new but equal params objects change nothing.
  const target = useMemo(() => (params === null ? null : { ctx, params }), [key])
  const subscribe = useCallback(
    (listener: () => void) => (target === null ? noop : client.subscribe(target.ctx, target.params, listener)),
    [client, target],
  )
  const snapshot = useCallback(
    () => (target === null ? (unmounted as ContextState<T>) : observedState<T>(client, target.ctx, target.params)),
    [client, target],
  )
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

const noop = (): void => undefined

/** The state of no instance at all (null params). */
const unmounted: ContextState<never> = Object.freeze({ data: undefined, status: 'idle', error: null, stale: false })
