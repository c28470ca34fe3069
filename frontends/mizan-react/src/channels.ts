import type { Params } from '@mizan/base'
import { joinChannel, publish } from '@mizan/base/channels'
import { useCallback, useEffect, useRef } from 'react'
import { useMizanClient } from './provider.js'

/**
 * Joins a channel instance while the component is mounted and calls `onMessage` with each message
 * published on it (the latest `onMessage`, without joining again); returns `publish` for the same
 * instance. Needs a client with `live: true`.
 */
export function useChannel<M, P extends Params = Params>(
  channel: string,
  params: P,
  onMessage?: (message: M, params: P) => void,
): (message: M) => Promise<void> {
  const client = useMizanClient()
  const handler = useRef(onMessage)
  handler.current = onMessage
  const key = JSON.stringify(params)
  useEffect(
    () => joinChannel(client, channel, params, (message, p) => handler.current?.(message as M, p as P)),
    [client, channel, key],
  )
  return useCallback((message: M) => publish(client, channel, params, message), [client, channel, key])
}
