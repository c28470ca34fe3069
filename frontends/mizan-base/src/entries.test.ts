import { describe, expect, it } from 'vitest'
import { dedupeInvalidations, readInvalidateEntries, readMergeEntries } from './entries.js'

describe('answer entries', () => {
  it('reads invalidate entries and skips malformed ones', () => {
    expect(
      readInvalidateEntries([
        { context: 'a' },
        { context: 'b', params: { id: 1 }, slot: 's' },
        { context: 'c', params: 'x', slot: 3 },
        { params: {} },
        'd',
        null,
      ]),
    ).toEqual([{ context: 'a' }, { context: 'b', params: { id: 1 }, slot: 's' }, { context: 'c' }])
    expect(readInvalidateEntries(undefined)).toEqual([])
    expect(readInvalidateEntries({ context: 'a' })).toEqual([])
  })

  it('reads merge entries, a null value included, and skips malformed ones', () => {
    expect(
      readMergeEntries([
        { context: 'a', slot: 's', value: null },
        { context: 'b', slot: 's', value: 1, params: { id: 2 } },
        { context: 'c', slot: 's' },
        { context: 'd', value: 1 },
      ]),
    ).toEqual([
      { context: 'a', slot: 's', value: null },
      { context: 'b', slot: 's', value: 1, params: { id: 2 } },
    ])
    expect(readMergeEntries('x')).toEqual([])
  })

  it('dedupes entries equal on the wire, keeping distinct params and slots', () => {
    expect(
      dedupeInvalidations([
        { context: 'p', params: { id: 1 } },
        { context: 'p', params: { id: '1' } },
        { context: 'p', params: { id: 1 }, slot: 's' },
        { context: 'p', params: { id: 2 } },
        { context: 'p' },
        { context: 'p', params: {} },
      ]),
    ).toEqual([
      { context: 'p', params: { id: 1 } },
      { context: 'p', params: { id: 1 }, slot: 's' },
      { context: 'p', params: { id: 2 } },
      { context: 'p' },
    ])
  })
})
