import type { Params } from '@mizan/base'
import { joinChannel, publish } from '@mizan/base/channels'
import { getMizanClient } from './client.js'

/**
 * Joins a channel instance while the calling component lives and calls `onMessage` with each
 * message published on it; returns `publish` for the current instance. `params` is a getter:
 * when what it returns changes, the component leaves the old instance and joins the new one.
 * The join runs in an effect, so server rendering joins nothing. Needs a client with `live: true`.
 */
export function useChannel<M, P extends Params = Params>(
  channel: string,
  params: () => P,
  onMessage?: (message: M, params: P) => void,
): (message: M) => Promise<void> {
  const client = getMizanClient()
  $effect(() => joinChannel(client, channel, params(), (message, p) => onMessage?.(message as M, p as P)))
  return (message: M) => publish(client, channel, params(), message)
}
