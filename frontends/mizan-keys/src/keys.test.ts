import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalize, type JsonValue } from './jcs.js'
import { cacheKey, canonicalInput, importSecret, type KeyInput } from './keys.js'

type Vector = { name: string; secret: string; input: string; canonical: string; key: string }

const file = new URL('../../../conformance/cache-key-vectors.json', import.meta.url)
const vectors = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors

describe('the cache key vector file', () => {
  it('holds at least 40 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40)
  })

  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const input = JSON.parse(v.input) as KeyInput
    expect(canonicalInput(input)).toBe(v.canonical)
    expect(await cacheKey(await importSecret(v.secret), input)).toBe(v.key)
  })
})

describe('canonicalize', () => {
  // RFC 8785 appendix B: IEEE 754 bit patterns and their canonical number text.
  const numbers: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ]

  it.each(numbers)('writes the double %s as %s', (bits, text) => {
    const view = new DataView(new ArrayBuffer(8))
    view.setBigUint64(0, BigInt('0x' + bits))
    expect(canonicalize(view.getFloat64(0))).toBe(text)
  })

  it('sorts the RFC 8785 sorting example by UTF-16 code units', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    ) as JsonValue
    const names = [...canonicalize(input).matchAll(/"([^"]*)":/g)].map((m) => m[1])
    expect(names).toEqual(['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'])
  })

  it('writes the RFC 8785 example in its canonical form', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as JsonValue
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    )
  })

  it('refuses what is not I-JSON', () => {
    expect(() => canonicalize(Number.NaN)).toThrow(RangeError)
    expect(() => canonicalize(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => canonicalize('\ud800 alone')).toThrow(RangeError)
  })
})
