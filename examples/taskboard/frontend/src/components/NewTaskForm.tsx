import { type FormEvent } from 'react'
import { type MemberDto, useCreateTaskForm } from '../api'
import { describeFailure } from '../failures'
import { useSignInWhenUnauthorized } from '../session'

/** The messages of one field, shown next to it. */
function Messages({ messages, id }: { messages: readonly string[] | undefined; id: string }) {
  if (messages === undefined || messages.length === 0) return null
  return (
    <span className="field-error" id={id} role="alert">
      {messages.join(' ')}
    </span>
  )
}

/**
 * Adds a task: a generated form (docs/forms.md). The title's length is checked as it is typed, with
 * the server's messages; whether an open task has that title already only the server knows, so the
 * form asks it after a pause. Labels and messages are in the browser's language.
 */
export function NewTaskForm({ projectId, members }: { projectId: number; members: readonly MemberDto[] }) {
  const form = useCreateTaskForm({ projectId, task: { title: '', assignee: null } })
  useSignInWhenUnauthorized(form.error)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if ((await form.submit()) !== undefined) form.reset()
  }

  const title = form.field('task.title')
  const assignee = form.field('task.assignee')
  const titleErrors = form.errors['task.title']
  return (
    <form className="new-task" onSubmit={submit} noValidate aria-label="New task">
      <div className="field">
        <label htmlFor="new-title">{form.schema ? form.label('task.title') : 'New task'}</label>
        <input
          id="new-title"
          {...title}
          aria-invalid={titleErrors ? true : undefined}
          aria-describedby="new-title-error"
          placeholder={form.schema?.['task.title']?.help ?? 'What needs doing?'}
        />
        <Messages messages={titleErrors} id="new-title-error" />
      </div>
      <div className="field">
        <label htmlFor="new-assignee">{form.schema ? form.label('task.assignee') : 'Assignee'}</label>
        <select id="new-assignee" {...assignee} onChange={(e) => form.setValue('task.assignee', e.target.value === '' ? null : e.target.value)}>
          <option value="">Nobody</option>
          {members.map((m) => (
            <option key={m.username} value={m.username}>{m.displayName}</option>
          ))}
        </select>
        <Messages messages={form.errors['task.assignee']} id="new-assignee-error" />
      </div>
      <button type="submit" disabled={form.submitting}>Add task</button>
      {form.error && form.error.status !== 401 ? <p className="error" role="alert">{describeFailure(form.error)}</p> : null}
    </form>
  )
}
