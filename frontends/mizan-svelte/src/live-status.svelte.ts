import type { LiveStatus } from '@mizan/base'
import { getMizanClient } from './client.js'

/**
 * The live socket's status as a reactive `current`, for a connection indicator: `idle` (live off
 * or nothing live mounted), `connecting`, `open` or `reconnecting`. Follows it while the calling
 * component lives.
 */
export function useLiveStatus(): { readonly current: LiveStatus } {
  const client = getMizanClient()
  let status = $state(client.liveStatus())
  $effect(() => {
    status = client.liveStatus()
    return client.onLiveStatus(() => {
      status = client.liveStatus()
    })
  })
  return {
    get current() {
      return status
    },
  }
}
