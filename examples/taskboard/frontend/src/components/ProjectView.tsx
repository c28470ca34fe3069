import { useProjectContext, useProjectDetails, useProjectMembers, useProjectTasks } from '../api'
import { useSignInWhenUnauthorized } from '../session'
import { NewTaskForm } from './NewTaskForm'
import { StaffActions } from './StaffActions'
import { TaskRow } from './TaskRow'

/** One project: details, members and tasks all come from the one `project` context request. */
export function ProjectView() {
  const { status, error } = useProjectContext()
  const project = useProjectDetails()
  const tasks = useProjectTasks()
  const members = useProjectMembers()
  useSignInWhenUnauthorized(error)

  if (status === 'error' && error?.status !== 401) {
    return <p className="error" role="alert">{error?.status === 404 ? 'This project does not exist.' : 'Could not load the project.'}</p>
  }
  if (!project || !tasks || !members) return <p className="muted">Loading…</p>

  return (
    <section className="project" data-testid="project">
      <h2 className="project-name">{project.name}</h2>
      <p className="muted">{project.description}</p>
      <p className="members" data-testid="members">
        {members.map((m) => (
          <span key={m.username} className="member" title={m.username}>{m.displayName}</span>
        ))}
      </p>
      <NewTaskForm key={project.id} projectId={project.id} members={members} />
      <h3>Open tasks <span className="count">{tasks.tasks.length}</span></h3>
      {tasks.tasks.length === 0 ? (
        <p className="muted">Nothing to do.</p>
      ) : (
        <ul className="tasks" data-testid="tasks">
          {tasks.tasks.map((t) => <TaskRow key={t.id} task={t} />)}
        </ul>
      )}
      <StaffActions projectId={project.id} />
    </section>
  )
}
