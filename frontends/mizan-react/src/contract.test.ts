import type {
  ContextDescriptor,
  ContextState,
  MizanClient,
  MizanError,
  MutateOptions,
  MutationStatus,
  Params,
  UploadProgress,
} from '@mizan/base'
import type { JSX, ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import { MizanProvider, useCall, useContextState, useMizan, useMizanClient } from './index.js'

// The public surface fixed by docs/kernel-api.md; checked by tsc (`npm run typecheck`).
describe('the @mizan/react contract', () => {
  it('has the provider and the client hook', () => {
    expectTypeOf(MizanProvider).parameters.toEqualTypeOf<[{ client?: MizanClient; baseUrl?: string; children: ReactNode }]>()
    expectTypeOf(MizanProvider).returns.toEqualTypeOf<JSX.Element>()
    expectTypeOf(useMizanClient).toEqualTypeOf<() => MizanClient>()
  })

  it('has the context state hook', () => {
    expectTypeOf(useContextState<{ a: 1 }>).toEqualTypeOf<
      (ctx: ContextDescriptor, params: Params | null) => ContextState<{ a: 1 }>
    >()
  })

  it('has the call hook, with the TanStack Query mutation conventions', () => {
    type Call = ReturnType<typeof useCall<{ id: number }, string>>
    expectTypeOf<Call['mutate']>().toEqualTypeOf<
      (args: { id: number }, options?: MutateOptions<{ id: number }, string, MizanError>) => void
    >()
    expectTypeOf<Call['mutateAsync']>().toEqualTypeOf<(args: { id: number }) => Promise<string>>()
    expectTypeOf<Call['reset']>().toEqualTypeOf<() => void>()
    expectTypeOf<Call['data']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Call['variables']>().toEqualTypeOf<{ id: number } | undefined>()
    expectTypeOf<Call['status']>().toEqualTypeOf<MutationStatus>()
    expectTypeOf<MutationStatus>().toEqualTypeOf<'idle' | 'pending' | 'success' | 'error'>()
    expectTypeOf<Call['error']>().toEqualTypeOf<MizanError | null>()
    expectTypeOf<Call['isPending']>().toEqualTypeOf<boolean>()
    expectTypeOf<Call['cancel']>().toEqualTypeOf<() => void>()
    expectTypeOf<Call['progress']>().toEqualTypeOf<UploadProgress | undefined>()
  })

  it('has the escape hatch', () => {
    type Hatch = ReturnType<typeof useMizan>
    expectTypeOf<Hatch['call']>().toEqualTypeOf<<R = unknown>(fn: string, args?: Params) => Promise<R>>()
    expectTypeOf<Hatch['fetch']>().toEqualTypeOf<<T = unknown>(context: string, params?: Params) => Promise<T>>()
  })
})
