import { useState, type FormEvent } from 'react'
import { useDeleteTask, useRenameTask, useToggleTask, type TaskDto } from '../api'
import { describeFailure } from '../failures'
import { useSignInWhenUnauthorized } from '../session'
import { FieldErrors } from './FieldErrors'
import { TaskAttachments } from './TaskAttachments'

/** One task: tick it, rename it in place, or delete it. */
export function TaskRow({ task }: { task: TaskDto }) {
  const rename = useRenameTask()
  const toggle = useToggleTask()
  const remove = useDeleteTask()
  const [editing, setEditing] = useState<string | null>(null)
  const [showFiles, setShowFiles] = useState(false)
  const failure = rename.error ?? toggle.error ?? remove.error
  useSignInWhenUnauthorized(failure)

  function save(event: FormEvent) {
    event.preventDefault()
    if (editing === null) return
    // a failure is shown from rename.error
    rename.mutate({ taskId: task.id, title: editing }, { onSuccess: () => setEditing(null) })
  }

  function cancel() {
    setEditing(null)
    rename.reset()
  }

  return (
    <li className={task.done ? 'task done' : 'task'} data-task-id={task.id}>
      <input
        type="checkbox"
        checked={task.done}
        aria-label={`Done: ${task.title}`}
        onChange={() => toggle.mutate({ taskId: task.id })}
      />
      {editing === null ? (
        <>
          <span className="task-title">{task.title}</span>
          {task.assignee ? <span className="assignee">@{task.assignee}</span> : null}
          <span className="task-actions">
            <button type="button" className="quiet" onClick={() => setEditing(task.title)}>Rename</button>
            <button type="button" className="quiet" aria-expanded={showFiles} onClick={() => setShowFiles(!showFiles)}>
              Files
            </button>
            <button
              type="button"
              className="quiet danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ taskId: task.id })}
            >
              Delete
            </button>
          </span>
        </>
      ) : (
        <form className="rename" onSubmit={save} noValidate aria-label={`Rename ${task.title}`}>
          <input
            name="title"
            value={editing}
            autoFocus
            aria-label="Task title"
            aria-invalid={rename.error?.code === 'VALIDATION_FAILED' ? true : undefined}
            onChange={(e) => setEditing(e.target.value)}
          />
          <button type="submit" disabled={rename.isPending}>Save</button>
          <button type="button" className="quiet" onClick={cancel}>Cancel</button>
          <FieldErrors error={rename.error} field="title" />
        </form>
      )}
      {showFiles ? <TaskAttachments taskId={task.id} /> : null}
      {failure && failure.code !== 'VALIDATION_FAILED' && failure.status !== 401 ? (
        <p className="error" role="alert">{describeFailure(failure)}</p>
      ) : null}
    </li>
  )
}
