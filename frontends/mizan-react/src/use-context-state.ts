import { type ContextDescriptor, type ContextState, type Params, contextKey, observedState } from '@mizan/base'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/**
 * Subscribes (mounts) the instance, fetches when missing or stale, returns its state. An
 * instance the hook is about to fetch reads `loading` from the first render (also on the
 * server), not `idle`, so no render shows "nothing, and not loading either" (the kernel's
 * `observedState`).
 */
export function useContextState<T>(ctx: ContextDescriptor, params: Params): ContextState<T> {
  const client = useMizanClient()
  const key = contextKey(ctx, params)
  // The instance is identified by its key: new but equal params objects change nothing.
  const target = useMemo(() => ({ ctx, params }), [key])
  const subscribe = useCallback(
    (listener: () => void) => client.subscribe(target.ctx, target.params, listener),
    [client, target],
  )
  const snapshot = useCallback(() => observedState<T>(client, target.ctx, target.params), [client, target])
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
