import { type MizanError, type MutateOptions, MutationController, type MutationState, type MutationStatus, type Params } from '@mizan/base'
import { type Ref, computed, getCurrentScope, onScopeDispose, shallowRef } from 'vue'
import { useMizanClient } from './plugin.js'

/**
 * A server function bound to a component, with TanStack Query's mutation conventions: `mutate`
 * never throws nor rejects (the outcome goes to the refs and its callbacks), `mutateAsync`
 * returns the promise; the refs follow the latest call.
 */
export interface MutationRefs<A extends Params, R, E extends MizanError = MizanError> {
  readonly mutate: (args: A, options?: MutateOptions<A, R, E>) => void
  readonly mutateAsync: (args: A) => Promise<R>
  readonly reset: () => void
  readonly status: Readonly<Ref<MutationStatus>>
  readonly data: Readonly<Ref<R | undefined>>
  readonly variables: Readonly<Ref<A | undefined>>
  readonly error: Readonly<Ref<E | null>>
  readonly isPending: Readonly<Ref<boolean>>
  readonly isSuccess: Readonly<Ref<boolean>>
  readonly isError: Readonly<Ref<boolean>>
  /** The whole state as one ref. */
  readonly state: Readonly<Ref<MutationState<A, R, E>>>
}

/** Binds the server function `fn` (a mutation or plain call) to the calling component. */
export function useCall<A extends Params, R, E extends MizanError = MizanError>(fn: string): MutationRefs<A, R, E> {
  const controller = new MutationController<A, R, E>(useMizanClient(), fn)
  const state = shallowRef(controller.getState())
  const unsubscribe = controller.subscribe(() => {
    state.value = controller.getState()
  })
  if (getCurrentScope() !== undefined) onScopeDispose(unsubscribe)
  return {
    mutate: controller.mutate,
    mutateAsync: controller.mutateAsync,
    reset: controller.reset,
    status: computed(() => state.value.status),
    data: computed(() => state.value.data),
    variables: computed(() => state.value.variables),
    error: computed(() => state.value.error),
    isPending: computed(() => state.value.isPending),
    isSuccess: computed(() => state.value.isSuccess),
    isError: computed(() => state.value.isError),
    state,
  }
}
