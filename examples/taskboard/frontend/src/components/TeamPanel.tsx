import { useState, type FormEvent } from 'react'
import { useSetMyStatus, useTeamContext, useTeamDirectory } from '../api'
import { describeFailure } from '../failures'
import { useSignInWhenUnauthorized } from '../session'

/**
 * Everyone on the board and their status lines, with a field to set your own. The team context is
 * the board's shared read (cached at the origin and the edge for every signed-in user); setting a
 * status stales it for everyone, declared on the server (`affects = "team"`).
 */
export function TeamPanel() {
  const { error } = useTeamContext()
  const team = useTeamDirectory()
  const setStatus = useSetMyStatus()
  const [draft, setDraft] = useState('')
  useSignInWhenUnauthorized(error ?? setStatus.error)

  function submit(event: FormEvent) {
    event.preventDefault()
    setStatus.mutate({ status: draft }, { onSuccess: () => setDraft('') })
  }

  return (
    <section className="team" aria-label="Team" data-testid="team">
      <h2 className="nav-title">Team</h2>
      <ul>
        {(team ?? []).map((m) => (
          <li key={m.username}>
            <span className="team-name">{m.displayName}</span>
            {m.status ? <span className="muted team-status"> · {m.status}</span> : null}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="team-form">
        <input
          id="my-status"
          aria-label="Your status"
          placeholder="Your status"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={setStatus.isPending}>Set</button>
      </form>
      {setStatus.error && setStatus.error.status !== 401 ? (
        <p className="error" role="alert">{describeFailure(setStatus.error)}</p>
      ) : null}
    </section>
  )
}
