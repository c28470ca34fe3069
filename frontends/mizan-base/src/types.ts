import type { MizanError } from './error.js'

/** A JSON value as it travels on the wire. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Context params or call arguments, keyed by their wire names. */
export type Params = Record<string, unknown>

/** Identifies a context: its name and its cache revision (part of every cache key). */
export interface ContextDescriptor {
  readonly name: string
  readonly rev: number
  /** the context is live (`live #true` in the IR): mounted instances are subscribed for pushes */
  readonly live?: boolean
}

/** Where a cached context instance is in its life. */
export type ContextStatus = 'idle' | 'loading' | 'success' | 'error'

/** The observable state of one cached context instance (one name + params + rev). */
export interface ContextState<T> {
  readonly data: T | undefined
  readonly status: ContextStatus
  readonly error: MizanError | null
  readonly stale: boolean
}

/** One invalidation: every instance of `context`, or those whose params match `params`. */
export interface InvalidateEntry {
  context: string
  params?: Params
  slot?: string
}

/** One merge: splice `value` into member `slot` of the matching instances of `context`. */
export interface MergeEntry {
  context: string
  slot: string
  value: unknown
  params?: Params
}

/** Cache contents serialised for SSR hydration. */
export interface DehydratedState {
  contexts: Array<{ name: string; rev: number; params: Params; data: Json }>
  /** the live seq before the server read the data (SSR): live subscriptions catch up from it */
  seq?: number
}

/** The session as `GET {base}/session/` answers it. */
export interface Session {
  csrf_token: string
  user: Json
}
