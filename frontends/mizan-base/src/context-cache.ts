import { ContextQuery, type ContextQueryConfig } from './context-query.js'
import { contextKey, paramsMatch } from './key.js'
import type { ContextDescriptor, Params } from './types.js'

/** Builds the config of a new instance; the cache itself knows nothing of transport or time. */
export type QueryFactory = (
  descriptor: ContextDescriptor,
  params: Params,
  evict: () => void,
) => ContextQueryConfig

/** Every cached context instance, by key (name + canonical params + rev). */
export class ContextCache {
  readonly #queries = new Map<string, ContextQuery>()
  readonly #factory: QueryFactory

  constructor(factory: QueryFactory) {
    this.#factory = factory
  }

  get(ctx: ContextDescriptor, params: Params): ContextQuery | undefined {
    return this.byKey(contextKey(ctx, params))
  }

  /** The instance under its cache key ({@link contextKey}), if it exists. */
  byKey(key: string): ContextQuery | undefined {
    return this.#queries.get(key)
  }

  /** The instance for these params, created (idle) if missing. */
  build(ctx: ContextDescriptor, params: Params): ContextQuery {
    const key = contextKey(ctx, params)
    let query = this.#queries.get(key)
    if (query === undefined) {
      const descriptor: ContextDescriptor = { name: ctx.name, rev: ctx.rev }
      const created = new ContextQuery(this.#factory(descriptor, { ...params }, () => this.#evict(key, created)))
      this.#queries.set(key, created)
      query = created
    }
    return query
  }

  /** Instances of `context` (any rev) whose params match `params`; every instance when unscoped. */
  findAll(context: string, params?: Params): ContextQuery[] {
    return this.all().filter((q) => q.descriptor.name === context && paramsMatch(params, q.params))
  }

  #evict(key: string, query: ContextQuery): void {
    if (this.#queries.get(key) === query) this.#queries.delete(key)
  }

  all(): ContextQuery[] {
    return [...this.#queries.values()]
  }
}
