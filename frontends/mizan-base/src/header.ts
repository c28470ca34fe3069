import type { InvalidateEntry, Params } from './types.js'

/**
 * Parses an `X-Mizan-Invalidate` header: comma-separated entries `NAME`, `NAME?param=value&…`
 * (URL-encoded), each with an optional `#slot` suffix. Tolerant by design, and it only ever
 * widens: blank entries are skipped, an entry whose name cannot be decoded is dropped, and an
 * entry whose params cannot be read (bad escapes, a param repeated with different values)
 * becomes unscoped, which invalidates every instance of the context instead of none.
 */
export function parseInvalidateHeader(value: string | null): InvalidateEntry[] {
  if (value === null) return []
  const entries: InvalidateEntry[] = []
  for (const part of value.split(',')) {
    const entry = parseEntry(part.trim())
    if (entry !== undefined) entries.push(entry)
  }
  return entries
}

function parseEntry(text: string): InvalidateEntry | undefined {
  const hash = text.indexOf('#')
  const head = hash < 0 ? text : text.slice(0, hash)
  const question = head.indexOf('?')
  const context = decode((question < 0 ? head : head.slice(0, question)).trim())
  if (context === undefined || context === '') return undefined
  const entry: InvalidateEntry = { context }
  const params = question < 0 ? undefined : parseQuery(head.slice(question + 1))
  if (params !== undefined) entry.params = params
  const slot = hash < 0 ? undefined : decode(text.slice(hash + 1).trim())
  if (slot !== undefined && slot !== '') entry.slot = slot
  return entry
}

function parseQuery(query: string): Params | undefined {
  const params: Record<string, string> = {}
  let count = 0
  for (const pair of query.split('&')) {
    if (pair.trim() === '') continue
    const eq = pair.indexOf('=')
    const name = decode((eq < 0 ? pair : pair.slice(0, eq)).trim())
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1))
    if (name === undefined || name === '' || value === undefined) return undefined
    const previous = params[name]
    if (previous !== undefined && previous !== value) return undefined
    if (previous === undefined) count++
    params[name] = value
  }
  return count === 0 ? undefined : params
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '))
  } catch {
    return undefined
  }
}
