// The edge manifest (docs/edge.md, docs/edge-manifest.schema.json) and the binding of query values
// to the JSON values the origin keys with: `?projectId=07` binds to 7, as Java binds it to a long.

import type { JsonValue } from '@mizan/keys'

/** A key param: how a query value is bound before keying. */
export type ManifestParam = { name: string; type: 'int' | 'long' | 'string' | 'boolean'; required: boolean }

/** A context whose answers an edge may keep. */
export type ManifestContext = { name: string; rev: number; scope: 'class' | 'public'; ttl: number; params: ManifestParam[] }

/** A declared page (docs/pages.md): an edge keeps `edge` pages per permission class and forwards the others. */
export type ManifestPage = {
  path: string
  render_strategy: 'ssr' | 'csr' | 'static' | 'edge'
  contexts: string[]
  ttl?: number
}

/** The manifest the origin serves at `{base}/edge/manifest/` and the CLI and Maven goal export. */
export type EdgeManifest = {
  version: 1
  base_path: string
  mwt_cookie: string
  without_mwt: 'anon' | 'pass'
  contexts: ManifestContext[]
  not_cached: Record<string, string>
  pages: ManifestPage[]
}

/** Checks the parts of a manifest the edge relies on; throws naming the first problem. */
export function checkManifest(value: unknown): EdgeManifest {
  const m = value as EdgeManifest
  const fail = (why: string): never => {
    throw new Error(`not a Mizan edge manifest: ${why}`)
  }
  if (typeof m !== 'object' || m === null) fail('not an object')
  if (m.version !== 1) fail(`version ${String(m.version)} (this edge reads version 1)`)
  if (typeof m.base_path !== 'string' || !m.base_path.startsWith('/')) fail('base_path')
  if (typeof m.mwt_cookie !== 'string' || m.mwt_cookie === '') fail('mwt_cookie')
  if (m.without_mwt !== 'anon' && m.without_mwt !== 'pass') fail('without_mwt')
  if (!Array.isArray(m.contexts)) fail('contexts')
  for (const c of m.contexts) {
    if (typeof c.name !== 'string' || !Number.isInteger(c.rev) || !(c.ttl > 0)) fail(`context ${String(c.name)}`)
    if (c.scope !== 'class' && c.scope !== 'public') fail(`context ${c.name}: scope ${String(c.scope)}`)
    for (const p of c.params) {
      if (!['int', 'long', 'string', 'boolean'].includes(p.type)) fail(`context ${c.name}: param ${p.name} of type ${p.type}`)
    }
  }
  if (!Array.isArray(m.pages)) fail('pages')
  for (const p of m.pages) {
    if (typeof p.path !== 'string' || !p.path.startsWith('/') || !Array.isArray(p.contexts)) fail(`page ${String(p.path)}`)
    if (!['ssr', 'csr', 'static', 'edge'].includes(p.render_strategy)) fail(`page ${p.path}: render_strategy ${String(p.render_strategy)}`)
    if (p.render_strategy === 'edge' && !(typeof p.ttl === 'number' && p.ttl > 0)) fail(`page ${p.path}: ttl`)
  }
  return m
}

const INT = /^-?\d+$/
const INT32 = [-(2n ** 31n), 2n ** 31n - 1n] as const
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n] as const

/**
 * The JSON value the origin binds a query value to, or `undefined` when the edge cannot be sure
 * how the origin binds it (then the fetch is forwarded, never keyed). Integers are keyed as numbers,
 * or as their decimal string beyond what a double holds exactly (docs/origin-cache.md).
 */
export function bindParam(type: ManifestParam['type'], text: string): JsonValue | undefined {
  switch (type) {
    case 'string':
      return text
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined
    case 'int':
    case 'long': {
      if (!INT.test(text)) return undefined
      const n = BigInt(text)
      const [min, max] = type === 'int' ? INT32 : INT64
      if (n < min || n > max) return undefined
      const asNumber = Number(n)
      return BigInt(asNumber) === n ? asNumber : n.toString()
    }
  }
}

/** The bound params of a context fetch's query, or `undefined` when any is unknown, repeated, unbindable or a required one missing. */
export function bindQuery(context: ManifestContext, query: URLSearchParams): Record<string, JsonValue> | undefined {
  const out: Record<string, JsonValue> = {}
  const seen = new Set<string>()
  for (const [name, text] of query) {
    if (seen.has(name)) return undefined
    seen.add(name)
    const param = context.params.find((p) => p.name === name)
    if (param === undefined) return undefined
    const bound = bindParam(param.type, text)
    if (bound === undefined) return undefined
    out[name] = bound
  }
  for (const p of context.params) {
    if (p.required && !(p.name in out)) return undefined
  }
  return out
}
