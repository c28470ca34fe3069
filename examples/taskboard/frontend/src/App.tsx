import { ProjectContext, ProjectsContext, TeamContext } from './api'
import { Header } from './components/Header'
import { ProjectNav } from './components/ProjectNav'
import { ProjectView } from './components/ProjectView'
import { TeamPanel } from './components/TeamPanel'
import { useProjectRoute } from './route'

/** The board: who is signed in, the projects, the team, and the open project. */
export function App() {
  const [projectId, openProject] = useProjectRoute()
  return (
    <div className="app">
      <Header />
      <div className="body">
        <div className="side">
          <ProjectsContext>
            <ProjectNav current={projectId} open={openProject} />
          </ProjectsContext>
          <TeamContext>
            <TeamPanel />
          </TeamContext>
        </div>
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
