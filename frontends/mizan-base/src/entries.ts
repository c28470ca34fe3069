import { isRecord } from './guards.js'
import { wireParams } from './key.js'
import type { InvalidateEntry, MergeEntry } from './types.js'

/** Reads the `invalidate` list of a call answer, skipping malformed entries. */
export function readInvalidateEntries(list: unknown): InvalidateEntry[] {
  if (!Array.isArray(list)) return []
  const entries: InvalidateEntry[] = []
  for (const item of list) {
    if (!isRecord(item) || typeof item['context'] !== 'string') continue
    const entry: InvalidateEntry = { context: item['context'] }
    const params = item['params']
    if (isRecord(params)) entry.params = params
    const slot = item['slot']
    if (typeof slot === 'string') entry.slot = slot
    entries.push(entry)
  }
  return entries
}

/** Reads the `merge` list of a call answer, skipping malformed entries. */
export function readMergeEntries(list: unknown): MergeEntry[] {
  if (!Array.isArray(list)) return []
  const entries: MergeEntry[] = []
  for (const item of list) {
    if (!isRecord(item) || typeof item['context'] !== 'string' || typeof item['slot'] !== 'string') continue
    if (!('value' in item)) continue
    const entry: MergeEntry = { context: item['context'], slot: item['slot'], value: item['value'] }
    const params = item['params']
    if (isRecord(params)) entry.params = params
    entries.push(entry)
  }
  return entries
}

/**
 * Drops repeated invalidations (same context, same params on the wire, same slot), such as
 * the body and the `X-Mizan-Invalidate` header announcing the same entry.
 */
export function dedupeInvalidations(entries: readonly InvalidateEntry[]): InvalidateEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const id = JSON.stringify([entry.context, wireParams(entry.params), entry.slot ?? null])
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
