import {
  type MizanError,
  type MutateOptions,
  MutationController,
  type MutationState,
  type Params,
} from '@mizan/base'
import { useMemo, useState, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/**
 * What {@link useCall} returns: the state of the latest call (`status`, `data`, `variables`,
 * `error`, `isPending`, `progress` of an upload …) and the ways to call. `mutate` never throws nor rejects (outcome in
 * the state and in its callbacks); `mutateAsync` returns the promise.
 */
export interface CallState<A extends Params, R, E extends MizanError = MizanError> extends MutationState<A, R, E> {
  readonly mutate: (args: A, options?: MutateOptions<A, R, E>) => void
  readonly mutateAsync: (args: A) => Promise<R>
  readonly reset: () => void
  /** aborts the running call (an upload stops sending); it settles as `ABORTED` */
  readonly cancel: () => void
}

/** A mutation or plain call bound to a function name, with TanStack Query's mutation conventions. */
export function useCall<A extends Params, R, E extends MizanError = MizanError>(fn: string): CallState<A, R, E> {
  const client = useMizanClient()
  const [controller, setController] = useState(() => new MutationController<A, R, E>(client, fn))
  let current = controller
  if (controller.fn !== fn) {
    current = new MutationController<A, R, E>(client, fn)
    setController(current)
  }
  current.setClient(client)
  const state = useSyncExternalStore(current.subscribe, current.getState, current.getState)
  return useMemo(
    () => ({ ...state, mutate: current.mutate, mutateAsync: current.mutateAsync, reset: current.reset, cancel: current.cancel }),
    [state, current],
  )
}
