// Runs an edge handler as a Node HTTP server (tests, benchmarks, a plain Node deployment). The
// handler itself uses standard APIs only; this adapter is the one Node-specific file: it turns
// node:http requests into Fetch Requests and back, and pipes WebSocket upgrades to the origin
// byte for byte (a Fetch handler cannot hold a socket on Node).

import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect } from 'node:net'
import { Readable } from 'node:stream'
import type { EdgeHandler } from './handler.js'

export type NodeEdgeServer = { server: Server; port: number; url: string; close(): Promise<void> }

/** Serves the handler on `host:port` (port 0: a free one); WebSocket upgrades go to `origin` unchanged. */
export async function serveNode(handler: EdgeHandler, options: { origin: string; port?: number; host?: string }): Promise<NodeEdgeServer> {
  const host = options.host ?? '127.0.0.1'
  const origin = new URL(options.origin)
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const response = await handler(toRequest(req, host))
        const headers: Record<string, string | string[]> = {}
        response.headers.forEach((value, name) => {
          if (name !== 'set-cookie') headers[name] = value
        })
        const cookies = response.headers.getSetCookie()
        if (cookies.length > 0) headers['set-cookie'] = cookies
        res.writeHead(response.status, headers)
        const outcome = response.headers.get('x-mizan-edge')
        if (response.body === null) {
          res.end()
        } else if (outcome === 'hit' || outcome === 'miss') {
          // Answers of the cache path are small and already in memory: one write.
          res.end(new Uint8Array(await response.arrayBuffer()))
        } else {
          Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
        }
      } catch (e) {
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        }
        res.end(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'The edge could not reach the origin', details: {} } }))
        void e
      }
    })()
  })
  server.on('upgrade', (req, socket, head) => {
    const upstream = connect(Number(origin.port || 80), origin.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`]
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`)
      upstream.write(lines.join('\r\n') + '\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    const end = () => {
      upstream.destroy()
      socket.destroy()
    }
    upstream.on('error', end)
    socket.on('error', end)
    upstream.on('close', end)
    socket.on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function toRequest(req: IncomingMessage, host: string): Request {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  const method = req.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers }
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = Readable.toWeb(req) as ReadableStream
    init.duplex = 'half'
  }
  return new Request(`http://${req.headers.host ?? host}${req.url ?? '/'}`, init)
}
