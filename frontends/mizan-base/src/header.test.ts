import { describe, expect, it } from 'vitest'
import { parseInvalidateHeader } from './header.js'

describe('parseInvalidateHeader', () => {
  it('reads nothing from a missing, empty or blank header', () => {
    expect(parseInvalidateHeader(null)).toEqual([])
    expect(parseInvalidateHeader('')).toEqual([])
    expect(parseInvalidateHeader('   \t ')).toEqual([])
  })

  it('reads unscoped names, trimming whitespace and skipping empty entries', () => {
    expect(parseInvalidateHeader(' user ,project,, ,')).toEqual([{ context: 'user' }, { context: 'project' }])
    expect(parseInvalidateHeader(',,global,')).toEqual([{ context: 'global' }])
  })

  it('reads scoped entries as string params', () => {
    expect(parseInvalidateHeader('project?projectId=42&team=a')).toEqual([
      { context: 'project', params: { projectId: '42', team: 'a' } },
    ])
  })

  it('decodes URL-encoded names and values, including plus as space and encoded separators', () => {
    expect(parseInvalidateHeader('my%20ctx?na%6De=a+b%2Cc%26d%3De%23f')).toEqual([
      { context: 'my ctx', params: { name: 'a b,c&d=e#f' } },
    ])
  })

  it('reads a slot suffix, with or without params', () => {
    expect(parseInvalidateHeader('project#tasks, project?projectId=1#details')).toEqual([
      { context: 'project', slot: 'tasks' },
      { context: 'project', params: { projectId: '1' }, slot: 'details' },
    ])
  })

  it('ignores an empty slot suffix', () => {
    expect(parseInvalidateHeader('project#, user# ')).toEqual([{ context: 'project' }, { context: 'user' }])
  })

  it('accepts a param repeated with the same value', () => {
    expect(parseInvalidateHeader('p?id=1&id=1')).toEqual([{ context: 'p', params: { id: '1' } }])
  })

  it('widens an entry with a param repeated with different values to every instance', () => {
    expect(parseInvalidateHeader('p?id=1&id=2')).toEqual([{ context: 'p' }])
  })

  it('widens an entry whose params cannot be decoded to every instance', () => {
    expect(parseInvalidateHeader('p?id=%E0%A4%A')).toEqual([{ context: 'p' }])
    expect(parseInvalidateHeader('p?=1')).toEqual([{ context: 'p' }])
  })

  it('reads a param without a value as the empty string and skips empty pairs', () => {
    expect(parseInvalidateHeader('p?flag&&id=3&')).toEqual([{ context: 'p', params: { flag: '', id: '3' } }])
  })

  it('reads a name with an empty query as unscoped', () => {
    expect(parseInvalidateHeader('p?, q?&')).toEqual([{ context: 'p' }, { context: 'q' }])
  })

  it('drops entries without a readable name', () => {
    expect(parseInvalidateHeader('?id=1, #slot, %E0%A4%A, ok')).toEqual([{ context: 'ok' }])
  })

  it('survives garbage', () => {
    expect(parseInvalidateHeader('#?&=,=,?#,%%,\u0000')).toEqual([{ context: '=' }, { context: '\u0000' }])
  })
})
