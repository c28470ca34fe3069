import { ProjectContext, ProjectsContext } from './api'
import { Header } from './components/Header'
import { ProjectNav } from './components/ProjectNav'
import { ProjectView } from './components/ProjectView'
import { useProjectRoute } from './route'

/** The board: who is signed in, the projects, and the open project. */
export function App() {
  const [projectId, openProject] = useProjectRoute()
  return (
    <div className="app">
      <Header />
      <div className="body">
        <ProjectsContext>
          <ProjectNav current={projectId} open={openProject} />
        </ProjectsContext>
        <main className="main">
          {projectId === null ? (
            <p className="muted">Pick a project.</p>
          ) : (
            // A new provider per project: the previous project stays cached but unmounted.
            <ProjectContext key={projectId} projectId={projectId}>
              <ProjectView />
            </ProjectContext>
          )}
        </main>
      </div>
    </div>
  )
}
