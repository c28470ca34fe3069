import type { LiveStatus } from '@mizan/base'
import { type Ref, getCurrentScope, onScopeDispose, readonly, shallowRef } from 'vue'
import { useMizanClient } from './plugin.js'

/**
 * The live socket's status as a ref, for a connection indicator: `idle` (live off or nothing live
 * mounted), `connecting`, `open` or `reconnecting`.
 */
export function useLiveStatus(): Readonly<Ref<LiveStatus>> {
  const client = useMizanClient()
  const status = shallowRef(client.liveStatus())
  const stop = client.onLiveStatus(() => {
    status.value = client.liveStatus()
  })
  if (getCurrentScope() !== undefined) onScopeDispose(stop)
  return readonly(status)
}
