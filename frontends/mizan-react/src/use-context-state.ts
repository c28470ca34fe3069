import { type ContextDescriptor, type ContextState, type MizanClient, type Params, contextKey, observedState } from '@mizan/base'
import * as React from 'react'
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
//
// A client made with `suspense` (server rendering, docs/ssr.md) suspends the component until the
// instance has an answer, so the streamed HTML carries the data and `dehydrate()` can embed it.
export function useContextState<T>(ctx: ContextDescriptor, params: Params | null): ContextState<T> {
  const client = useMizanClient()
  if (client.suspense && params !== null) {
    const pending = loaded(client, ctx, params)
    if (pending !== undefined) suspend(pending)
  }
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

/** React 19's `use`; React 18 suspends on a thrown promise. */
function suspend(pending: Promise<void>): void {
  const use = (React as { use?: (p: Promise<void>) => void }).use
  if (use !== undefined) use(pending)
  else throw pending
}

const loads = new WeakMap<MizanClient, Map<string, Promise<void>>>()

/**
 * `undefined` when the instance has an answer (data or error); else a promise that settles (never
 * rejects) once it has one: the same promise until then, so a render that suspends on it and
 * retries joins one request. The first call starts the fetch.
 */
export function loaded(client: MizanClient, ctx: ContextDescriptor, params: Params): Promise<void> | undefined {
  const { status } = client.getState(ctx, params)
  if (status === 'success' || status === 'error') return undefined
  let pending = loads.get(client)
  if (pending === undefined) loads.set(client, (pending = new Map()))
  const key = contextKey(ctx, params)
  let load = pending.get(key)
  if (load === undefined) {
    const all = pending
    load = client.refetch(ctx, params).finally(() => all.delete(key))
    all.set(key, load)
  }
  return load
}
