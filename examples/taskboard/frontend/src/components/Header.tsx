import { useLiveStatus } from '@mizan/react'
import { useCurrentUser, useGlobalContext } from '../api'
import { Presence } from './Presence'

/** The app bar: the signed-in user, from the `global` context. */
export function Header() {
  const { status } = useGlobalContext()
  const user = useCurrentUser()
  const live = useLiveStatus()
  return (
    <header className="header">
      <h1 className="brand">Task board</h1>
      <span className={`live live-${live}`} data-testid="live-status" data-status={live} title="Live updates">
        {live === 'open' ? 'live' : live === 'idle' ? '' : live === 'connecting' ? 'connecting…' : 'reconnecting…'}
      </span>
      {status === 'success' && user ? <Presence /> : null}
      {status === 'success' && user ? (
        <div className="who" data-testid="current-user">
          <span>{user.displayName}</span>
          {user.superuser ? <span className="badge">superuser</span> : user.staff ? <span className="badge">staff</span> : null}
          <a className="link" href="/logout">Sign out</a>
        </div>
      ) : status === 'success' ? (
        <a className="link" href="/login">Sign in</a>
      ) : null}
    </header>
  )
}
