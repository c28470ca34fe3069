// Serves @mizan/edge on a free loopback port in front of an origin, for bench/measures/edge.sh:
//   node bench/edge/serve.mjs ORIGIN_URL SECRET memory|none
// `memory` is the default in-memory store (reads are hits once warm); `none` keeps nothing, so
// every read of a cacheable context takes the whole miss path (key, lookup, origin fetch, checks).
// Prints "edge listening on port N"; stops on SIGTERM.
import { createEdge } from '@mizan/edge'
import { serveNode } from '@mizan/edge/node'

const [origin, secret, mode] = process.argv.slice(2)
if (!origin || !secret || !['memory', 'none'].includes(mode)) {
  console.error('usage: node bench/edge/serve.mjs ORIGIN_URL SECRET memory|none')
  process.exit(2)
}
const keepsNothing = { get: async () => undefined, put: async () => {}, delete: async () => {} }
const edge = createEdge({ origin, secret, ...(mode === 'none' ? { store: keepsNothing } : {}) })
await edge.manifest()
const server = await serveNode(edge, { origin })
console.log(`edge listening on port ${server.port}`)
process.on('SIGTERM', () => server.close().then(() => process.exit(0)))
