import type { LiveStatus } from '@mizan/base'
import { useCallback, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/**
 * The live socket's status, for a connection indicator: `idle` (live off or nothing live
 * mounted), `connecting`, `open` or `reconnecting`.
 */
export function useLiveStatus(): LiveStatus {
  const client = useMizanClient()
  const subscribe = useCallback((onChange: () => void) => client.onLiveStatus(onChange), [client])
  const read = () => client.liveStatus()
  return useSyncExternalStore(subscribe, read, read)
}
