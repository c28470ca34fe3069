import { useState, type FormEvent } from 'react'
import { useCreateTask, type MemberDto } from '../api'
import { describeFailure } from '../failures'
import { useSignInWhenUnauthorized } from '../session'
import { FieldErrors } from './FieldErrors'

/** Adds a task. The server validates it; its messages appear next to the fields. */
export function NewTaskForm({ projectId, members }: { projectId: number; members: readonly MemberDto[] }) {
  const createTask = useCreateTask()
  const [title, setTitle] = useState('')
  const [assignee, setAssignee] = useState('')
  useSignInWhenUnauthorized(createTask.error)
  const error = createTask.error

  function submit(event: FormEvent) {
    event.preventDefault()
    // the hook's `error` carries a failure; it is shown below
    createTask.mutate(
      { projectId, task: { title, assignee: assignee === '' ? null : assignee } },
      {
        onSuccess: () => {
          setTitle('')
          setAssignee('')
        },
      },
    )
  }

  const fieldError = error?.code === 'VALIDATION_FAILED'
  return (
    <form className="new-task" onSubmit={submit} noValidate aria-label="New task">
      <div className="field">
        <label htmlFor="new-title">New task</label>
        <input
          id="new-title"
          name="title"
          value={title}
          placeholder="What needs doing?"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="new-title-error"
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldErrors error={error} field="title" id="new-title-error" />
      </div>
      <div className="field">
        <label htmlFor="new-assignee">Assignee</label>
        <select id="new-assignee" name="assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">Nobody</option>
          {members.map((m) => (
            <option key={m.username} value={m.username}>{m.displayName}</option>
          ))}
        </select>
        <FieldErrors error={error} field="assignee" />
      </div>
      <button type="submit" disabled={createTask.isPending}>Add task</button>
      {error && !fieldError && error.status !== 401 ? <p className="error" role="alert">{describeFailure(error)}</p> : null}
    </form>
  )
}
