// The edge's cache store: a small interface that Workers KV, the Cache API or Redis can fill, and
// the in-memory default.

/** A kept answer: what the edge replays, and what it needs to purge it. */
export type StoredAnswer = {
  kind: 'answer'
  context: string
  params: { [name: string]: unknown }
  /** When the origin fetch that produced it started (edge clock, ms): older than a purge means stale. */
  fetchedAt: number
  status: number
  headers: [string, string][]
  body: string
  /** A kept page (docs/pages.md): the context instances it shows; a purge of any of them makes it stale. */
  embeds?: { context: string; params: { [name: string]: unknown } }[]
}

/** The purges of one context, kept as long as an answer they made stale could live. */
export type PurgeMarks = {
  kind: 'purges'
  marks: { params: { [name: string]: unknown } | null; at: number }[]
}

export type StoredEntry = StoredAnswer | PurgeMarks

/**
 * Where the edge keeps answers and purge marks. Values are plain JSON-serializable objects, so a
 * store may keep them as JSON text. A store may drop entries at any time (it is a cache).
 */
export interface EdgeStore {
  get(key: string): Promise<StoredEntry | undefined>
  put(key: string, entry: StoredEntry, ttlSeconds: number): Promise<void>
  delete(key: string): Promise<void>
}

/** The default store: in memory, bounded by entries (least recently used out), each with its TTL. */
export class MemoryStore implements EdgeStore {
  private readonly entries = new Map<string, { entry: StoredEntry; expires: number }>()

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<StoredEntry | undefined> {
    const hit = this.entries.get(key)
    if (hit === undefined) return undefined
    if (hit.expires <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    this.entries.delete(key)
    this.entries.set(key, hit)
    return hit.entry
  }

  async put(key: string, entry: StoredEntry, ttlSeconds: number): Promise<void> {
    this.entries.delete(key)
    this.entries.set(key, { entry, expires: this.now() + ttlSeconds * 1000 })
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key)
  }

  /** How many entries it holds (answers and purge marks). */
  get size(): number {
    return this.entries.size
  }
}
