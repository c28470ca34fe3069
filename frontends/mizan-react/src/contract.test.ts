import type { ContextDescriptor, ContextState, MizanClient, MizanError, Params } from '@mizan/base'
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
    expectTypeOf(useContextState<{ a: 1 }>).toEqualTypeOf<(ctx: ContextDescriptor, params: Params) => ContextState<{ a: 1 }>>()
  })

  it('has the call hook', () => {
    expectTypeOf(useCall<{ id: number }, string>).toEqualTypeOf<
      (fn: string) => {
        mutate: (args: { id: number }) => Promise<string>
        isPending: boolean
        error: MizanError | null
        reset: () => void
      }
    >()
  })

  it('has the escape hatch', () => {
    type Hatch = ReturnType<typeof useMizan>
    expectTypeOf<Hatch['call']>().toEqualTypeOf<<R = unknown>(fn: string, args?: Params) => Promise<R>>()
    expectTypeOf<Hatch['fetch']>().toEqualTypeOf<<T = unknown>(context: string, params?: Params) => Promise<T>>()
  })
})
