import type { MizanClient } from '@mizan/base'
import { MizanProvider } from '@mizan/react'
import { useMemo } from 'react'
import { TeamContext } from './api'
import { configureMizan } from './api/runtime'
import { TeamPanel } from './components/TeamPanel'

/**
 * The team page (`/team`, declared `edge` in BoardPages.java, docs/pages.md): rendered at the origin
 * for the caller's permission class and kept by an edge per class. It shows the shared `team`
 * context only (no `<MizanContext>`, which would read who is signed in), so one rendering is right
 * for every caller of the class; setting a status purges it at the edge.
 */
export function TeamPage({ client }: { client: MizanClient }) {
  const bound = useMemo(() => configureMizan(client), [client])
  return (
    <MizanProvider client={bound}>
      <div className="app">
        <header className="header">
          <h1 className="brand">Task board</h1>
          <a className="link" href="/">Board</a>
        </header>
        <div className="body">
          <main className="main">
            <TeamContext>
              <TeamPanel />
            </TeamContext>
          </main>
        </div>
      </div>
    </MizanProvider>
  )
}

/** Whether a path is the team page's. */
export function isTeamPage(path: string): boolean {
  return path === '/team' || path === '/team/'
}
