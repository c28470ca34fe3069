import { MizanError, type Params, toMizanError } from '@mizan/base'
import { useCallback, useMemo, useState } from 'react'
import { useMizanClient } from './provider.js'

/** What {@link useCall} returns. */
export interface CallState<A extends Params, R> {
  mutate: (args: A) => Promise<R>
  isPending: boolean
  error: MizanError | null
  reset: () => void
}

interface Progress {
  readonly pending: number
  readonly error: MizanError | null
}

/**
 * A mutation or plain call bound to a function name. `mutate` resolves with the result or
 * rejects with the MizanError that is also kept in `error` until the next call or `reset()`.
 */
export function useCall<A extends Params, R>(fn: string): CallState<A, R> {
  const client = useMizanClient()
  const [progress, setProgress] = useState<Progress>({ pending: 0, error: null })
  const mutate = useCallback(
    async (args: A): Promise<R> => {
      setProgress((p) => ({ pending: p.pending + 1, error: null }))
      try {
        const result = await client.call<R>(fn, args)
        setProgress((p) => ({ ...p, pending: p.pending - 1 }))
        return result
      } catch (thrown) {
        const error = thrown instanceof MizanError ? thrown : toMizanError(thrown)
        setProgress((p) => ({ pending: p.pending - 1, error }))
        throw error
      }
    },
    [client, fn],
  )
  const reset = useCallback(() => setProgress((p) => (p.error === null ? p : { ...p, error: null })), [])
  const isPending = progress.pending > 0
  return useMemo(() => ({ mutate, isPending, error: progress.error, reset }), [mutate, isPending, progress.error, reset])
}
