import { useEffect, useState } from 'react'

/** The project shown, from the address (`#/projects/2`), so a reload keeps it. */
export function useProjectRoute(): [number | null, (id: number) => void] {
  const [id, setId] = useState(parse)
  useEffect(() => {
    const onChange = () => setId(parse())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return [id, (next) => { window.location.hash = `/projects/${next}` }]
}

function parse(): number | null {
  const match = /^#\/projects\/(\d+)$/.exec(window.location.hash)
  return match?.[1] ? Number(match[1]) : null
}
