import { useState } from 'react'
import { useArchiveDoneTasks } from '../api'
import { describeFailure } from '../failures'
import { useSignInWhenUnauthorized } from '../session'

/**
 * The staff-only clean-up. Everyone sees it; the server decides who may use it. A member is
 * refused with NOT_FOUND (the server does not reveal functions a caller may not use), or FORBIDDEN
 * when guarded names are revealed; both mean "not for you" here.
 */
export function StaffActions({ projectId }: { projectId: number }) {
  const archive = useArchiveDoneTasks()
  const [done, setDone] = useState<string | null>(null)
  useSignInWhenUnauthorized(archive.error)

  function run() {
    setDone(null)
    archive.mutate(
      { projectId },
      {
        // a failure is shown from archive.error
        onSuccess: (result) =>
          setDone(result.archived === 1 ? 'Archived 1 finished task.' : `Archived ${result.archived} finished tasks.`),
      },
    )
  }

  return (
    <div className="staff">
      <button type="button" onClick={run} disabled={archive.isPending}>Archive finished tasks</button>
      <span className="muted"> staff only</span>
      {archive.error && archive.error.status !== 401 ? (
        <p className="error" role="alert" data-testid="staff-error">
          {archive.error.code === 'FORBIDDEN' || archive.error.code === 'NOT_FOUND' ? 'Not allowed: only staff can archive finished tasks.' : describeFailure(archive.error)}
        </p>
      ) : null}
      {done ? <p className="notice" role="status">{done}</p> : null}
    </div>
  )
}
