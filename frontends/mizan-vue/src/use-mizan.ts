import type { Params } from '@mizan/base'
import { useMizanClient } from './plugin.js'

/** What {@link useMizan} returns. */
export interface MizanEscapeHatch {
  call: <R = unknown>(fn: string, args?: Params) => Promise<R>
  fetch: <T = unknown>(context: string, params?: Params) => Promise<T>
}

/**
 * Escape hatch: untyped call and context fetch on the app's client. `fetch` bypasses the
 * cache; `call` applies the answer's invalidations and merges like any call.
 */
export function useMizan(): MizanEscapeHatch {
  const client = useMizanClient()
  return {
    call: <R = unknown>(fn: string, args: Params = {}) => client.call<R>(fn, args),
    fetch: <T = unknown>(context: string, params: Params = {}) => client.fetchContext<T>({ name: context, rev: 0 }, params),
  }
}
