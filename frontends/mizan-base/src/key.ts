import { isRecord } from './guards.js'
import type { ContextDescriptor, Params } from './types.js'

/**
 * The wire form of one param value: strings as-is, numbers, booleans and bigints through
 * `String()`, arrays and objects as JSON with sorted object keys. `null`, `undefined` and
 * functions have no wire form: the param is left out.
 */
export function encodeParam(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'object':
      return value === null ? undefined : stableStringify(value)
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
  }
}

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function stableStringify(value: unknown): string {
  const text: string | undefined = JSON.stringify(value, (_key, v: unknown) => (isRecord(v) ? sortKeys(v) : v))
  return text ?? 'null'
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]
  return sorted
}

/** Params as sorted `[name, wire value]` pairs, the params that have no wire form left out. */
export function wireParams(params: Params | undefined): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  if (params === undefined) return pairs
  for (const name of Object.keys(params).sort()) {
    const encoded = encodeParam(params[name])
    if (encoded !== undefined) pairs.push([name, encoded])
  }
  return pairs
}

/** The query string for a context fetch (sorted, URL-encoded, without the leading `?`). */
export function queryString(params: Params): string {
  return new URLSearchParams(wireParams(params)).toString()
}

/**
 * The cache key of a context instance: name, rev and the params' wire form. Key order does
 * not matter, and params that look the same on the wire (`1` and `"1"`) share one key.
 */
export function contextKey(ctx: ContextDescriptor, params: Params): string {
  return JSON.stringify([ctx.name, ctx.rev, wireParams(params)])
}

/**
 * True when every param of `filter` has the same wire value in `params` (no filter: all).
 * Filter values from the header are text, so text is also compared by meaning: `"1.0"` matches
 * the number 1, JSON text matches an equal array or object whatever its key order, and `"null"`
 * matches an absent param. A `null` filter value constrains nothing.
 */
export function paramsMatch(filter: Params | undefined, params: Params): boolean {
  return wireParams(filter).every(([name, text]) => sameValue(text, params[name]))
}

function sameValue(text: string, value: unknown): boolean {
  const encoded = encodeParam(value)
  if (encoded === text) return true
  if (encoded === undefined) return text === 'null'
  if (typeof value === 'number') return text.trim() !== '' && Number(text) === value
  if (typeof value !== 'object') return false
  try {
    return stableStringify(JSON.parse(text)) === encoded
  } catch {
    return false
  }
}
