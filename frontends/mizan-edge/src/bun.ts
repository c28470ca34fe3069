// Serves the edge handler with Bun's own server (`Bun.serve`). Run directly, it serves the module
// worker (worker.ts) configured from the environment, exactly as Cloudflare would call it:
//   MIZAN_ORIGIN=http://127.0.0.1:8080 MIZAN_SECRET=… bun node_modules/@mizan/edge/dist/bun.js
// MIZAN_EDGE_HOST / MIZAN_EDGE_PORT choose the address (default 127.0.0.1 and a free port); the
// bound URL is printed as one line, `mizan-edge listening on http://host:port`.

import worker, { type EdgeEnv } from './worker.js'

type BunServer = { port: number; hostname: string; stop(closeActiveConnections?: boolean): Promise<void> | void }
declare const Bun: {
  serve(options: { hostname: string; port: number; fetch(request: Request): Promise<Response> | Response }): BunServer
  env: Record<string, string | undefined>
}

export type BunEdgeServer = { port: number; url: string; close(): Promise<void> }

/** Serves `fetch` (the handler, or a worker's `fetch` bound to its env) on `host:port` (port 0: a free one). */
export function serveBun(fetch: (request: Request) => Promise<Response>, options: { port?: number; host?: string } = {}): BunEdgeServer {
  const host = options.host ?? '127.0.0.1'
  const server = Bun.serve({ hostname: host, port: options.port ?? 0, fetch })
  return { port: server.port, url: `http://${host}:${server.port}`, close: async () => void (await server.stop(true)) }
}

if ((import.meta as ImportMeta & { main?: boolean }).main) {
  const env = Bun.env as EdgeEnv & Record<string, string | undefined>
  const served = serveBun((request) => worker.fetch(request, env), { host: env['MIZAN_EDGE_HOST'], port: Number(env['MIZAN_EDGE_PORT'] ?? 0) })
  console.log(`mizan-edge listening on ${served.url}`)
}
