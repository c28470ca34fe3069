/** A JSON value as `JSON.parse` returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * RFC 8785 (JSON Canonicalization Scheme): object members sorted by the UTF-16 code units of
 * their names, no whitespace, minimal string escapes, numbers as ECMAScript writes them.
 */
export function canonicalize(value: JsonValue): string {
  if (value === null || typeof value === 'boolean') {
    return JSON.stringify(value)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError('NaN and Infinity are not JSON numbers')
    }
    return JSON.stringify(value) // ECMAScript number-to-string: what RFC 8785 prescribes; -0 → 0
  }
  if (typeof value === 'string') {
    if (!value.isWellFormed()) {
      throw new RangeError('a string with a lone surrogate is not valid I-JSON')
    }
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return '[' + value.map(canonicalize).join(',') + ']'
  }
  // The default sort compares UTF-16 code units, the order RFC 8785 asks for.
  const names = Object.keys(value).sort()
  return '{' + names.map((name) => JSON.stringify(name) + ':' + canonicalize(value[name] as JsonValue)).join(',') + '}'
}
