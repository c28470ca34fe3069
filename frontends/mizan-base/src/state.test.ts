import { describe, expect, it } from 'vitest'
import { MizanError } from './error.js'
import { idleState, reduce } from './state.js'
import type { ContextState } from './types.js'

const failure = new MizanError({ status: 500, code: 'INTERNAL_ERROR', message: 'x' })
const loaded: ContextState<unknown> = { data: { a: 1 }, status: 'success', error: null, stale: false }

describe('reduce', () => {
  it('goes loading on the first fetch and clears an old error', () => {
    const failed = reduce(idleState, { type: 'error', error: failure })
    expect(reduce(failed, { type: 'fetch' })).toEqual({ data: undefined, status: 'loading', error: null, stale: false })
  })

  it('keeps status and data while refetching an instance that has data', () => {
    expect(reduce(loaded, { type: 'fetch' })).toBe(loaded)
  })

  it('stores an answer as success, stale when an invalidation overtook it', () => {
    expect(reduce(idleState, { type: 'success', data: 1, stale: false })).toEqual({ data: 1, status: 'success', error: null, stale: false })
    expect(reduce(loaded, { type: 'success', data: 2, stale: true })).toMatchObject({ data: 2, stale: true })
  })

  it('keeps the data of a failed refetch', () => {
    expect(reduce(loaded, { type: 'error', error: failure })).toEqual({ ...loaded, status: 'error', error: failure })
  })

  it('returns to idle when the first fetch is aborted, and changes nothing else on abort', () => {
    expect(reduce(reduce(idleState, { type: 'fetch' }), { type: 'abort' })).toMatchObject({ status: 'idle' })
    expect(reduce(loaded, { type: 'abort' })).toBe(loaded)
  })

  it('marks stale once', () => {
    const stale = reduce(loaded, { type: 'invalidate' })
    expect(stale).toEqual({ ...loaded, stale: true })
    expect(reduce(stale, { type: 'invalidate' })).toBe(stale)
  })

  it('splices a merged slot into a copy, and ignores a merge without a bundle', () => {
    const merged = reduce(loaded, { type: 'merge', slot: 'b', value: 2 })
    expect(merged.data).toEqual({ a: 1, b: 2 })
    expect(loaded.data).toEqual({ a: 1 })
    expect(reduce(idleState, { type: 'merge', slot: 'b', value: 2 })).toBe(idleState)
  })

  it('hydrates as fresh success', () => {
    const failed = reduce(loaded, { type: 'error', error: failure })
    expect(reduce(reduce(failed, { type: 'invalidate' }), { type: 'hydrate', data: 3 })).toEqual({
      data: 3,
      status: 'success',
      error: null,
      stale: false,
    })
  })
})
