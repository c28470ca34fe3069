// A failover TCP proxy on a free loopback port, as a load balancer in front of several instances
// would be: each new connection goes to the first upstream that accepts it, so once an instance is
// dead its browsers' next connections (page requests, the live socket's reconnect) reach another.
// Bytes are piped unchanged (HTTP, WebSocket upgrades and frames alike); `connections` records,
// per accepted connection, the upstream it reached and its first request line.
import { connect, createServer } from 'node:net'

export async function startFailover(upstreamPorts) {
  const connections = []
  const open = new Set()
  const server = createServer((client) => {
    open.add(client)
    client.once('close', () => open.delete(client))
    client.on('error', () => client.destroy())
    client.pause()
    const record = { upstream: -1, requestLine: '' }
    connections.push(record)
    client.once('data', (chunk) => {
      record.requestLine = String(chunk.subarray(0, 200)).split('\r\n', 1)[0]
    })
    const attempt = (index) => {
      if (index >= upstreamPorts.length || client.destroyed) {
        client.destroy()
        return
      }
      const upstream = connect(upstreamPorts[index], '127.0.0.1')
      upstream.once('error', () => {
        upstream.destroy()
        if (record.upstream === -1) attempt(index + 1)
        else client.destroy()
      })
      upstream.once('connect', () => {
        record.upstream = index
        upstream.once('close', () => client.destroy())
        client.once('close', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
      })
    }
    attempt(0)
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', ok)
  })
  const { port } = server.address()
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    connections,
    stop: () =>
      new Promise((ok) => {
        for (const socket of open) socket.destroy()
        server.close(() => ok())
      }),
  }
}
