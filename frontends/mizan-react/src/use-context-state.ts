import { type ContextDescriptor, type ContextState, type Params, contextKey } from '@mizan/base'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/** What a mounted instance that has not started its fetch yet shows: it is about to load. */
const pendingState: ContextState<never> = Object.freeze({
  data: undefined,
  status: 'loading',
  error: null,
  stale: false,
})

/**
 * Subscribes (mounts) the instance, fetches when missing or stale, returns its state. An
 * instance the hook is about to fetch reads `loading` from the first render (also on the
 * server), not `idle`, so no render shows "nothing, and not loading either".
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
  const snapshot = useCallback(() => {
    const state = client.getState<T>(target.ctx, target.params)
    return state.status === 'idle' ? pendingState : state
  }, [client, target])
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
