import { describe, expect, it } from 'vitest'
import { contextKey, encodeParam, paramsMatch, queryString, stableStringify } from './key.js'

const project = { name: 'project', rev: 1 }

describe('contextKey', () => {
  it('does not depend on the order of params', () => {
    expect(contextKey(project, { a: 1, b: 'x' })).toBe(contextKey(project, { b: 'x', a: 1 }))
  })

  it('differs by name, by rev and by param value', () => {
    const key = contextKey(project, { a: 1 })
    expect(contextKey({ name: 'project', rev: 2 }, { a: 1 })).not.toBe(key)
    expect(contextKey({ name: 'user', rev: 1 }, { a: 1 })).not.toBe(key)
    expect(contextKey(project, { a: 2 })).not.toBe(key)
  })

  it('treats params that are equal on the wire as one instance', () => {
    expect(contextKey(project, { id: 1 })).toBe(contextKey(project, { id: '1' }))
    expect(contextKey(project, { id: 1, q: undefined, r: null })).toBe(contextKey(project, { id: 1 }))
  })

  it('sorts keys of object params at every depth', () => {
    const one = contextKey(project, { f: { b: 1, a: { d: 2, c: 3 } } })
    const two = contextKey(project, { f: { a: { c: 3, d: 2 }, b: 1 } })
    expect(one).toBe(two)
  })

  it('cannot be confused by names containing separators', () => {
    expect(contextKey(project, { 'a=1&b': '2' })).not.toBe(contextKey(project, { a: '1', b: '2' }))
  })
})

describe('encodeParam', () => {
  it('sends strings as-is, numbers and booleans through String(), arrays and objects as JSON', () => {
    expect(encodeParam('a b')).toBe('a b')
    expect(encodeParam(42)).toBe('42')
    expect(encodeParam(1.5)).toBe('1.5')
    expect(encodeParam(false)).toBe('false')
    expect(encodeParam(10n)).toBe('10')
    expect(encodeParam([1, 'x'])).toBe('[1,"x"]')
    expect(encodeParam({ b: 1, a: [true] })).toBe('{"a":[true],"b":1}')
  })

  it('leaves out null, undefined and functions', () => {
    expect(encodeParam(null)).toBeUndefined()
    expect(encodeParam(undefined)).toBeUndefined()
    expect(encodeParam(() => 1)).toBeUndefined()
  })

  it('encodes dates through their JSON form', () => {
    expect(stableStringify({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}')
  })
})

describe('queryString', () => {
  it('is sorted and URL-encoded', () => {
    expect(queryString({ z: 'a&b', a: [1, 2], m: 'x y' })).toBe('a=%5B1%2C2%5D&m=x+y&z=a%26b')
  })

  it('is empty without params', () => {
    expect(queryString({})).toBe('')
    expect(queryString({ a: undefined })).toBe('')
  })
})

describe('paramsMatch', () => {
  it('matches every instance without a filter', () => {
    expect(paramsMatch(undefined, { id: 1 })).toBe(true)
    expect(paramsMatch({}, { id: 1 })).toBe(true)
  })

  it('compares wire values, so header strings match numeric params', () => {
    expect(paramsMatch({ id: '7' }, { id: 7 })).toBe(true)
    expect(paramsMatch({ id: 7 }, { id: 8 })).toBe(false)
  })

  it('compares header text by meaning: numbers, JSON structures and null', () => {
    expect(paramsMatch({ x: '1.0' }, { x: 1 })).toBe(true)
    expect(paramsMatch({ x: '1e3' }, { x: 1000 })).toBe(true)
    expect(paramsMatch({ x: ' ' }, { x: 0 })).toBe(false)
    expect(paramsMatch({ x: '2' }, { x: 1 })).toBe(false)
    expect(paramsMatch({ f: '{"b":1,"a":[2]}' }, { f: { a: [2], b: 1 } })).toBe(true)
    expect(paramsMatch({ f: '{"b":2}' }, { f: { b: 1 } })).toBe(false)
    expect(paramsMatch({ f: '{oops' }, { f: { b: 1 } })).toBe(false)
    expect(paramsMatch({ x: 'null' }, {})).toBe(true)
    expect(paramsMatch({ x: 'null' }, { x: null })).toBe(true)
    expect(paramsMatch({ x: 'x' }, {})).toBe(false)
    expect(paramsMatch({ x: 'true' }, { x: true })).toBe(true)
    expect(paramsMatch({ x: '1' }, { x: true })).toBe(false)
  })

  it('lets a null filter value constrain nothing', () => {
    expect(paramsMatch({ x: null, id: 1 }, { id: 1, x: 5 })).toBe(true)
  })

  it('needs every filter param, ignoring extra params of the instance', () => {
    expect(paramsMatch({ id: 7 }, { id: 7, page: 2 })).toBe(true)
    expect(paramsMatch({ id: 7, page: 1 }, { id: 7, page: 2 })).toBe(false)
    expect(paramsMatch({ id: 7 }, { page: 2 })).toBe(false)
  })
})
