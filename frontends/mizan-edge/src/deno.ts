// Serves the edge handler with Deno's own server (`Deno.serve`). Run directly, it serves the module
// worker (worker.ts) configured from the environment, exactly as Cloudflare would call it; it needs
// the network to the origin and its own address, and the environment variables it reads, nothing more:
//   deno run --allow-net=127.0.0.1 --allow-env=MIZAN_ORIGIN,MIZAN_SECRET,MIZAN_PREVIOUS_SECRET,MIZAN_BASE_PATH,MIZAN_EDGE_HOST,MIZAN_EDGE_PORT \
//     node_modules/@mizan/edge/dist/deno.js
// MIZAN_EDGE_HOST / MIZAN_EDGE_PORT choose the address (default 127.0.0.1 and a free port); the
// bound URL is printed as one line, `mizan-edge listening on http://host:port`.

import worker, { type EdgeEnv } from './worker.js'

type DenoServer = { finished: Promise<void>; shutdown(): Promise<void> }
declare const Deno: {
  serve(
    options: { hostname: string; port: number; onListen?(address: { hostname: string; port: number }): void },
    handler: (request: Request) => Promise<Response> | Response,
  ): DenoServer
  env: { get(name: string): string | undefined }
}

export type DenoEdgeServer = { port: number; url: string; close(): Promise<void> }

/** Serves `fetch` (the handler, or a worker's `fetch` bound to its env) on `host:port` (port 0: a free one). */
export function serveDeno(fetch: (request: Request) => Promise<Response>, options: { port?: number; host?: string } = {}): Promise<DenoEdgeServer> {
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve) => {
    const server = Deno.serve({
      hostname: host,
      port: options.port ?? 0,
      onListen: ({ port }) => resolve({ port, url: `http://${host}:${port}`, close: () => server.shutdown() }),
    }, fetch)
  })
}

if ((import.meta as ImportMeta & { main?: boolean }).main) {
  const names = ['MIZAN_ORIGIN', 'MIZAN_SECRET', 'MIZAN_PREVIOUS_SECRET', 'MIZAN_BASE_PATH'] as const
  const env = Object.fromEntries(names.flatMap((n) => (Deno.env.get(n) === undefined ? [] : [[n, Deno.env.get(n)]]))) as EdgeEnv
  const served = await serveDeno((request) => worker.fetch(request, env), {
    host: Deno.env.get('MIZAN_EDGE_HOST'),
    port: Number(Deno.env.get('MIZAN_EDGE_PORT') ?? 0),
  })
  console.log(`mizan-edge listening on ${served.url}`)
}
