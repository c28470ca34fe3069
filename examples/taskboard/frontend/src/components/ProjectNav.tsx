import { useEffect } from 'react'
import { useProjectList, useProjectsContext } from '../api'
import { useSignInWhenUnauthorized } from '../session'

/** The list of projects; opens the first one when none is chosen yet. */
export function ProjectNav({ current, open }: { current: number | null; open: (id: number) => void }) {
  const { status, error } = useProjectsContext()
  const projects = useProjectList()
  useSignInWhenUnauthorized(error)
  const first = projects?.[0]?.id
  useEffect(() => {
    if (current === null && first !== undefined) open(first)
  }, [current, first, open])

  return (
    <nav className="nav" aria-label="Projects">
      <h2 className="nav-title">Projects</h2>
      {status === 'error' && error?.status !== 401 ? <p className="error">Could not load projects.</p> : null}
      <ul>
        {(projects ?? []).map((p) => (
          <li key={p.id}>
            <a
              href={`#/projects/${p.id}`}
              className={p.id === current ? 'nav-item current' : 'nav-item'}
              aria-current={p.id === current ? 'page' : undefined}
            >
              {p.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
