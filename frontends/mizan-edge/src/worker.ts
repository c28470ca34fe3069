// The module-worker entry (Cloudflare Workers, Deno Deploy, Bun): `export default { fetch }`,
// configured from the environment. One edge (and its in-memory store) per isolate.

import { createEdge, type EdgeHandler } from './handler.js'

/** The worker's bindings. */
export type EdgeEnv = {
  /** The origin's root URL. */
  MIZAN_ORIGIN: string
  /** The origin's `mizan.cache.secret`. */
  MIZAN_SECRET: string
  /** The origin's `mizan.cache.previous-secret`, during a rotation. */
  MIZAN_PREVIOUS_SECRET?: string
  /** The protocol's base path (default `/api/mizan`). */
  MIZAN_BASE_PATH?: string
}

let edge: EdgeHandler | undefined

export default {
  fetch(request: Request, env: EdgeEnv): Promise<Response> {
    edge ??= createEdge({
      origin: env.MIZAN_ORIGIN,
      secret: env.MIZAN_SECRET,
      previousSecret: env.MIZAN_PREVIOUS_SECRET,
      basePath: env.MIZAN_BASE_PATH,
    })
    return edge(request, env)
  },
}
