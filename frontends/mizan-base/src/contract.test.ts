import { describe, expectTypeOf, it } from 'vitest'
import {
  type ContextDescriptor,
  type ContextState,
  type ContextStatus,
  type DehydratedState,
  type ErrorCode,
  type FieldErrors,
  type InvalidateEntry,
  type Json,
  MizanClient,
  type MizanClientOptions,
  MizanError,
  type MergeEntry,
  type MutateOptions,
  MutationController,
  type MutationState,
  type MutationStatus,
  type Params,
  contextKey,
  parseInvalidateHeader,
  type UploadProgress,
} from './index.js'

// The public surface fixed by docs/kernel-api.md; checked by tsc (`npm run typecheck`).
describe('the @mizan/base contract', () => {
  it('has the error type and codes', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<
      | 'BAD_REQUEST'
      | 'VALIDATION_FAILED'
      | 'UNAUTHORIZED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'PAYLOAD_TOO_LARGE'
      | 'NOT_IMPLEMENTED'
      | 'INTERNAL_ERROR'
      | 'NETWORK_ERROR'
      | 'INVALID_RESPONSE'
      | 'ABORTED'
    >()
    expectTypeOf<MizanError>().toExtend<Error>()
    expectTypeOf<MizanError['status']>().toEqualTypeOf<number>()
    expectTypeOf<MizanError['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<MizanError<'NOT_FOUND'>['code']>().toEqualTypeOf<'NOT_FOUND'>()
    expectTypeOf<MizanError['details']>().toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf<MizanError['fieldErrors']>().toEqualTypeOf<{ readonly [path: string]: string[] | undefined }>()
    expectTypeOf<MizanError<'VALIDATION_FAILED', 'title' | `tags[${number}]`>['fieldErrors']>().toEqualTypeOf<
      FieldErrors<'title' | `tags[${number}]`>
    >()
    expectTypeOf<MizanError<'VALIDATION_FAILED', 'title'>>().toExtend<MizanError>()
  })

  it('has the data types', () => {
    expectTypeOf<Json>().toEqualTypeOf<null | boolean | number | string | Json[] | { [k: string]: Json }>()
    expectTypeOf<Params>().toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf<ContextDescriptor>().toEqualTypeOf<{
      readonly name: string
      readonly rev: number
      readonly live?: boolean
    }>()
    expectTypeOf<ContextStatus>().toEqualTypeOf<'idle' | 'loading' | 'success' | 'error'>()
    expectTypeOf<ContextState<number>>().toEqualTypeOf<{
      readonly data: number | undefined
      readonly status: ContextStatus
      readonly error: MizanError | null
      readonly stale: boolean
    }>()
    expectTypeOf<InvalidateEntry>().toEqualTypeOf<{ context: string; params?: Params; slot?: string }>()
    expectTypeOf<MergeEntry>().toEqualTypeOf<{ context: string; slot: string; value: unknown; params?: Params }>()
    expectTypeOf<DehydratedState>().toEqualTypeOf<{
      contexts: Array<{ name: string; rev: number; params: Params; data: Json }>
      seq?: number
    }>()
  })

  it('has the client', () => {
    expectTypeOf<{ baseUrl: string }>().toExtend<MizanClientOptions>()
    expectTypeOf<MizanClientOptions['fetch']>().toEqualTypeOf<typeof globalThis.fetch | undefined>()
    expectTypeOf<MizanClientOptions['credentials']>().toEqualTypeOf<RequestCredentials | undefined>()
    expectTypeOf(MizanClient).constructorParameters.toEqualTypeOf<[MizanClientOptions]>()
    const client = new MizanClient({ baseUrl: '/api/mizan' })
    const ctx: ContextDescriptor = { name: 'c', rev: 1 }
    expectTypeOf(client.call<number>).toEqualTypeOf<
      (
        fn: string,
        args: Params,
        options?: { signal?: AbortSignal; onUploadProgress?: (progress: UploadProgress) => void },
      ) => Promise<number>
    >()
    expectTypeOf(client.fetchContext<{ a: 1 }>).toEqualTypeOf<
      (ctx: ContextDescriptor, params: Params, options?: { signal?: AbortSignal }) => Promise<{ a: 1 }>
    >()
    expectTypeOf<ReturnType<MizanClient['session']>>().resolves.toExtend<{ csrf_token: string; user: Json }>()
    expectTypeOf(client.getState<{ a: 1 }>(ctx, {})).toEqualTypeOf<ContextState<{ a: 1 }>>()
    expectTypeOf(client.subscribe).toEqualTypeOf<(ctx: ContextDescriptor, params: Params, listener: () => void) => () => void>()
    expectTypeOf(client.refetch).toEqualTypeOf<(ctx: ContextDescriptor, params: Params) => Promise<void>>()
    expectTypeOf(client.invalidate).toEqualTypeOf<(entries: InvalidateEntry[]) => void>()
    expectTypeOf(client.merge).toEqualTypeOf<(entries: MergeEntry[]) => void>()
    expectTypeOf(client.hydrate).toEqualTypeOf<(state: DehydratedState) => void>()
    expectTypeOf(client.dehydrate).toEqualTypeOf<() => DehydratedState>()
  })

  it('has the key and header functions', () => {
    expectTypeOf(contextKey).toEqualTypeOf<(ctx: ContextDescriptor, params: Params) => string>()
    expectTypeOf(parseInvalidateHeader).toEqualTypeOf<(value: string | null) => InvalidateEntry[]>()
  })

  it('has the mutation controller', () => {
    const m = new MutationController<{ id: number }, string>(new MizanClient({ baseUrl: '/api/mizan' }), 'f')
    expectTypeOf(m.mutate).toEqualTypeOf<(args: { id: number }, options?: MutateOptions<{ id: number }, string, MizanError>) => void>()
    expectTypeOf(m.mutateAsync).toEqualTypeOf<(args: { id: number }) => Promise<string>>()
    expectTypeOf(m.getState).toEqualTypeOf<() => MutationState<{ id: number }, string, MizanError>>()
    expectTypeOf(m.subscribe).toEqualTypeOf<(listener: () => void) => () => void>()
    expectTypeOf(m.reset).toEqualTypeOf<() => void>()
    expectTypeOf<MutationStatus>().toEqualTypeOf<'idle' | 'pending' | 'success' | 'error'>()
    expectTypeOf<MutationState<{ id: number }, string>['variables']>().toEqualTypeOf<{ id: number } | undefined>()
  })
})
