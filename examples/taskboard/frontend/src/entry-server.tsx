import { MizanClient } from '@mizan/base'
import { StrictMode } from 'react'
import { renderToReadableStream } from 'react-dom/server'
import { MizanContext } from './api'
import { App } from './App'
import { ServerLocation } from './route'
import { isSignInPage, SignInPage } from './SignInPage'
import { isTeamPage, TeamPage } from './TeamPage'

/**
 * The server entry (docs/ssr.md), built by `vite build --ssr` and run by the JVM's Node workers:
 * one client per render, whose context reads go to the JVM (`io.fetch`) and suspend the render
 * until answered; its cache is embedded in the page for `client.hydrate` in main.tsx. A worker
 * renders one page at a time, so the generated hooks' module-wide client is this render's.
 */
export async function render(url: string, io: { fetch: typeof fetch }) {
  const client = new MizanClient({ baseUrl: '/api/mizan', fetch: io.fetch, suspense: true, gcTimeMs: Infinity })
  const path = new URL(url, 'http://page').pathname
  const page = isSignInPage(path) ? (
    <SignInPage />
  ) : isTeamPage(path) ? (
    <TeamPage client={client} />
  ) : (
    <MizanContext client={client}>
      <ServerLocation url={url}>
        <App />
      </ServerLocation>
    </MizanContext>
  )
  const stream = await renderToReadableStream(
    <StrictMode>{page}</StrictMode>,
    { onError: (error) => console.error('taskboard SSR:', error) },
  )
  return { stream, dehydrate: () => client.dehydrate() }
}
