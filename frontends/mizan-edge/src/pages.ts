// Edge pages (docs/pages.md): the manifest's `edge` pages, matched as the origin matches them
// (segment by segment, literal segments before variables), and the context instances a page
// shows, so that an invalidation of one of them purges the page.

import type { JsonValue } from '@mizan/keys'
import { bindParam, type ManifestContext, type ManifestPage } from './manifest.js'

/** A context instance a kept page shows: its params as far as the page's path names them. */
export type Embed = { context: string; params: Record<string, JsonValue> }

/** A matched page and its path variables. */
export type PageMatch = { page: ManifestPage; variables: Record<string, string> }

const segments = (path: string): string[] => {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  return trimmed === '/' ? [] : trimmed.slice(1).split('/')
}

const isVariable = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}')

/** The pages of a manifest in match order (more literal segments first), as the origin matches them. */
export function matchOrder(pages: ManifestPage[]): ManifestPage[] {
  const weight = (p: ManifestPage) => {
    const s = segments(p.path)
    return s.filter((x) => !isVariable(x)).length * 1000 + s.length
  }
  return [...pages].sort((a, b) => weight(b) - weight(a))
}

/** The page a request path is, or `undefined`. */
export function matchPage(pages: ManifestPage[], pathname: string): PageMatch | undefined {
  const given = segments(pathname)
  for (const page of pages) {
    const declared = segments(page.path)
    if (declared.length !== given.length) continue
    const variables: Record<string, string> = {}
    let ok = true
    for (let i = 0; i < declared.length && ok; i++) {
      const d = declared[i]!
      const g = given[i]!
      if (isVariable(d)) {
        let value: string
        try {
          value = decodeURIComponent(g)
        } catch {
          value = ''
        }
        if (value === '') ok = false
        else variables[d.slice(1, -1)] = value
      } else if (d !== g) ok = false
    }
    if (ok) return { page, variables }
  }
  return undefined
}

/**
 * The instances a page shows: for each embedded context, the path variables named like its params,
 * bound as the origin binds them (a variable it cannot bind, or a context the edge does not key,
 * leaves the instance open, so any invalidation of the context purges the page).
 */
export function embedsOf(match: PageMatch, contexts: Map<string, ManifestContext>): Embed[] {
  return match.page.contexts.map((name) => {
    const params: Record<string, JsonValue> = {}
    const context = contexts.get(name)
    for (const p of context?.params ?? []) {
      const text = match.variables[p.name]
      const bound = text === undefined ? undefined : bindParam(p.type, text)
      if (bound !== undefined) params[p.name] = bound
    }
    return { context: name, params }
  })
}

/** Whether a purge of `params` (null: every instance) touches the instance a page shows. */
export function touches(purged: Record<string, unknown> | null, embed: Embed): boolean {
  if (purged === null) return true
  return Object.entries(purged).every(([k, v]) => !(k in embed.params) || embed.params[k] === v)
}
