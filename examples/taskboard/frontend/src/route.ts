import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react'

/** The address a server render stands for (docs/ssr.md); `null` in the browser, which has `window.location`. */
const ServerUrl = createContext<string | null>(null)

/** Gives a server render its address, since there is no `window` there. */
export function ServerLocation({ url, children }: { url: string; children?: ReactNode }) {
  return createElement(ServerUrl.Provider, { value: url }, children)
}

/**
 * The project shown, from the address, so a reload keeps it: `#/projects/2` (navigation in the
 * page) or the path `/projects/2` (a server-rendered page; the hash wins when both are there).
 */
export function useProjectRoute(): [number | null, (id: number) => void] {
  const server = useContext(ServerUrl)
  const [id, setId] = useState(() => (server === null ? parse() : fromPath(new URL(server, 'http://page').pathname)))
  useEffect(() => {
    const onChange = () => setId(parse())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return [id, (next) => { window.location.hash = `/projects/${next}` }]
}

function parse(): number | null {
  const match = /^#\/projects\/(\d+)$/.exec(window.location.hash)
  return match?.[1] ? Number(match[1]) : fromPath(window.location.pathname)
}

function fromPath(path: string): number | null {
  const match = /^\/projects\/(\d+)\/?$/.exec(path)
  return match?.[1] ? Number(match[1]) : null
}
