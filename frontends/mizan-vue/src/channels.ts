import type { Params } from '@mizan/base'
import { joinChannel, publish } from '@mizan/base/channels'
import { type MaybeRefOrGetter, getCurrentInstance, onMounted, onScopeDispose, toValue, watch } from 'vue'
import { useMizanClient } from './plugin.js'

/**
 * Joins a channel instance while the calling component (or effect scope) lives and calls
 * `onMessage` with each message published on it; returns `publish` for the current instance.
 * `params` may be a plain object, a ref or a getter: when it changes to other values the
 * component leaves the old instance and joins the new one. In a component the join waits for
 * the mount, so server rendering joins nothing. Needs a client with `live: true`.
 */
export function useChannel<M, P extends Params = Params>(
  channel: string,
  params: MaybeRefOrGetter<P>,
  onMessage?: (message: M, params: P) => void,
): (message: M) => Promise<void> {
  const client = useMizanClient()
  let leave: (() => void) | undefined
  let active = false
  const join = () => {
    leave?.()
    leave = joinChannel(client, channel, toValue(params), (message, p) => onMessage?.(message as M, p as P))
  }
  // The key reads every value of the params, so a change deep inside a reactive object counts.
  watch(
    () => JSON.stringify(toValue(params)),
    () => {
      if (active) join()
    },
  )
  const start = () => {
    active = true
    join()
  }
  if (getCurrentInstance() === null) start()
  else onMounted(start)
  onScopeDispose(() => {
    active = false
    leave?.()
    leave = undefined
  })
  return (message: M) => publish(client, channel, toValue(params), message)
}
