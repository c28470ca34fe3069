import { type DehydratedState, MizanClient } from '@mizan/base'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { MizanContext } from './api'
import { App } from './App'
import { isSignInPage, SignInPage } from './SignInPage'
import { isTeamPage, TeamPage } from './TeamPage'
import './styles.css'

// Live: edits by anyone on the same project show up at once (docs/live-updates.md).
const client = new MizanClient({ baseUrl: '/api/mizan', live: true })

const root = document.getElementById('root')
// A server-rendered page (docs/ssr.md) carries the data it showed: the cache starts warm.
const state = document.getElementById('mizan-state')
if (root) {
  const app = (
    <StrictMode>
      {isSignInPage(window.location.pathname) ? (
        <SignInPage />
      ) : isTeamPage(window.location.pathname) ? (
        <TeamPage client={client} />
      ) : (
        <MizanContext client={client}>
          <App />
        </MizanContext>
      )}
    </StrictMode>
  )
  if (state) {
    client.hydrate(JSON.parse(state.textContent ?? '{"contexts":[]}') as DehydratedState)
    hydrateRoot(root, app)
  } else {
    createRoot(root).render(app)
  }
}
