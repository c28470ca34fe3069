import { type MizanError, type MutateOptions, MutationController, type MutationStatus, type Params } from '@mizan/base'
import { getMizanClient } from './client.js'

/**
 * A server function bound to a component, with TanStack Query's mutation conventions: `mutate`
 * never throws nor rejects (the outcome goes to the reactive properties and its callbacks),
 * `mutateAsync` returns the promise; the properties follow the latest call.
 */
export interface MutationRune<A extends Params, R, E extends MizanError = MizanError> {
  readonly mutate: (args: A, options?: MutateOptions<A, R, E>) => void
  readonly mutateAsync: (args: A) => Promise<R>
  readonly reset: () => void
  readonly status: MutationStatus
  readonly data: R | undefined
  readonly variables: A | undefined
  readonly error: E | null
  readonly isPending: boolean
  readonly isSuccess: boolean
  readonly isError: boolean
}

/** Binds the server function `fn` (a mutation or plain call) to the calling component. */
export function useCall<A extends Params, R, E extends MizanError = MizanError>(fn: string): MutationRune<A, R, E> {
  const controller = new MutationController<A, R, E>(getMizanClient(), fn)
  let state = $state.raw(controller.getState())
  // The controller belongs to this component: listen from now on, stop when it is destroyed.
  const unsubscribe = controller.subscribe(() => {
    state = controller.getState()
  })
  $effect(() => unsubscribe)
  return {
    mutate: controller.mutate,
    mutateAsync: controller.mutateAsync,
    reset: controller.reset,
    get status() {
      return state.status
    },
    get data() {
      return state.data
    },
    get variables() {
      return state.variables
    },
    get error() {
      return state.error
    },
    get isPending() {
      return state.isPending
    },
    get isSuccess() {
      return state.isSuccess
    },
    get isError() {
      return state.isError
    },
  }
}
