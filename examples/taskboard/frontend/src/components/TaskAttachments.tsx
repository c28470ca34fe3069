import { type ChangeEvent } from 'react'
import { useAttachFile, useTaskAttachments } from '../api'
import { describeFailure } from '../failures'

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * A task's files: the list (the `attachments` context of this task) and an upload with a progress
 * bar. The list refreshes by the invalidation `attach_file` declares; no refetch code here.
 */
export function TaskAttachments({ taskId }: { taskId: number }) {
  const files = useTaskAttachments({ taskId })
  const attach = useAttachFile()
  const progress = attach.progress

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) attach.mutate({ taskId, file })
  }

  return (
    <div className="attachments" data-testid={`attachments-${taskId}`}>
      {files === undefined ? (
        <p className="muted">Loading files…</p>
      ) : files.length === 0 ? (
        <p className="muted">No files yet.</p>
      ) : (
        <ul className="files">
          {files.map((f) => (
            <li key={f.id}>
              <a href={f.url} download={f.name}>{f.name}</a> <span className="muted">{size(f.size)}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="attach">
        Attach a file <input type="file" aria-label="Attach a file" onChange={pick} disabled={attach.isPending} />
      </label>
      {attach.isPending ? (
        <span className="upload">
          <progress aria-label="Upload progress" value={progress?.loaded ?? 0} max={progress?.total ?? 1} />
          <button type="button" className="quiet" onClick={attach.cancel}>Cancel upload</button>
        </span>
      ) : null}
      {attach.error && attach.error.code !== 'ABORTED' ? (
        <p className="error" role="alert">{describeFailure(attach.error)}</p>
      ) : null}
    </div>
  )
}
