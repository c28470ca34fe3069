import { type ContextDescriptor, ContextObserver, type ContextState, type MizanError, type Params, contextKey } from '@mizan/base'
import {
  type MaybeRefOrGetter,
  type Ref,
  computed,
  getCurrentInstance,
  getCurrentScope,
  onMounted,
  onScopeDispose,
  onServerPrefetch,
  onUnmounted,
  shallowRef,
  toValue,
  watch,
} from 'vue'
import { useMizanClient } from './plugin.js'

/** A context instance as refs: what {@link useContextState} returns. */
export interface ContextRefs<T, E extends MizanError = MizanError> {
  readonly data: Readonly<Ref<T | undefined>>
  readonly status: Readonly<Ref<ContextState<T>['status']>>
  readonly error: Readonly<Ref<E | null>>
  readonly stale: Readonly<Ref<boolean>>
  /** The whole state as one ref (one object per change). */
  readonly state: Readonly<Ref<ContextState<T>>>
  /** Fetches the instance now (joining a fetch in flight); resolves when settled. */
  refetch: () => Promise<void>
}

/**
 * Mounts the context instance of `params` for the life of the calling component (or effect
 * scope) and returns its state as refs. `params` may be a plain object, a ref or a getter: when
 * it changes to other values the component shows (and mounts) the other instance; equal values
 * change nothing. An instance about to be fetched reads `loading`, never `idle`. Under server
 * rendering the instance is fetched before the component renders (`onServerPrefetch`), so
 * `client.dehydrate()` afterwards carries it to the browser.
 */
export function useContextState<T, E extends MizanError = MizanError>(
  ctx: ContextDescriptor,
  params: MaybeRefOrGetter<Params>,
): ContextRefs<T, E> {
  const client = useMizanClient()
  const observer = new ContextObserver<T>(client, ctx, toValue(params))
  const state = shallowRef<ContextState<T>>(observer.getState())
  const sync = () => {
    state.value = observer.getState()
  }
  // The key reads every value of the params, so a change deep inside a reactive object counts.
  watch(
    () => contextKey(ctx, toValue(params)),
    () => {
      if (observer.setParams(toValue(params))) sync()
    },
  )
  let unmount: (() => void) | undefined
  const mount = () => {
    unmount ??= observer.subscribe(sync)
    sync()
  }
  const stop = () => {
    unmount?.()
    unmount = undefined
  }
  if (getCurrentInstance() !== null) {
    onServerPrefetch(() => observer.refetch().then(sync))
    onMounted(mount)
    onUnmounted(stop)
  } else if (getCurrentScope() !== undefined) {
    mount()
    onScopeDispose(stop)
  } else {
    throw new Error('useContextState must be called in setup() or inside an effect scope')
  }
  return {
    data: computed(() => state.value.data),
    status: computed(() => state.value.status),
    // The instance's error is the MizanError of a failed fetch; E narrows its code.
    error: computed(() => state.value.error as E | null),
    stale: computed(() => state.value.stale),
    state,
    refetch: () => observer.refetch(),
  }
}
