// The TypeScript client generated from the fixture's IR, driven against a live Mizan server.
// Usage: node probe.mjs BASE_URL. Prints "ok" and exits 0 when every check holds.
import {
  MizanError,
  callCompleteTask,
  callCreateProject,
  callCreateTask,
  callEcho,
  callFutureFeature,
  callPing,
  callRenameProject,
  configureMizan,
  fetchGlobalContext,
  fetchProjectContext,
  type Echo,
  type TaskDto,
} from './generated/index'

declare const process: { argv: string[]; exitCode: number | undefined }

// Node's fetch keeps no cookies; the kernel's CSRF handling needs the session cookie back.
const jar = new Map<string, string>()
const cookieFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers)
  if (jar.size > 0) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
  const response = await fetch(input, { ...init, headers })
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? ''
    const eq = pair.indexOf('=')
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
  }
  return response
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`)
}

/** Compile-time checks only: the generated signatures reject wrong input. */
export function typeChecks(): void {
  // @ts-expect-error count is a number
  void callEcho({ message: 'x', count: '2' })
  // @ts-expect-error projectId is required
  void fetchProjectContext({})
  // @ts-expect-error an unknown argument
  void callPing({ extra: 1 })
  const echo: Echo = { message: 'x', count: 1, copies: ['x'] }
  // @ts-expect-error status is an enum of the wire values
  const task: TaskDto = { id: 1, projectId: 1, title: 't', status: 'LOST' }
  void echo
  void task
}

async function main(baseUrl: string): Promise<void> {
  configureMizan({ baseUrl, fetch: cookieFetch })

  const echo = await callEcho({ message: 'hi', count: 2 })
  check(echo.message === 'hi' && echo.copies.length === 2 && echo.copies[1] === 'hi', 'callEcho answers its typed result')
  check((await callPing()) === null, 'a void function resolves to null')

  const project = await callCreateProject({ name: 'From TypeScript' })
  const task = await callCreateTask({ projectId: project.id, task: { title: 'typed' } })
  check(task.projectId === project.id && task.status === 'OPEN', 'a mutation goes through CSRF and answers its result')
  await callCompleteTask({ taskId: task.id })

  const bundle = await fetchProjectContext({ projectId: project.id })
  check(bundle.project_details.name === 'From TypeScript', 'fetchProjectContext answers project_details')
  check(bundle.project_tasks.length === 1 && bundle.project_tasks[0]?.status === 'DONE', 'and project_tasks')
  const done = await fetchProjectContext({ projectId: project.id, status: 'OPEN' })
  check(done.project_tasks.length === 0, 'an optional context param filters its member')

  const renamed = await callRenameProject({ projectId: project.id, name: 'Renamed' })
  check(renamed.name === 'Renamed' && renamed.id === project.id, 'a merge mutation answers its result')

  const global = await fetchGlobalContext()
  check(global.site_info.apiLevel === 1 && global.feature_flags['uploads'] === true, 'fetchGlobalContext')

  try {
    await callFutureFeature()
    check(false, 'callFutureFeature rejects')
  } catch (error) {
    check(error instanceof MizanError && error.code === 'NOT_IMPLEMENTED' && error.status === 501, `not implemented: ${String(error)}`)
  }
  try {
    await callCreateTask({ projectId: project.id, task: { title: '' } })
    check(false, 'an invalid task is refused')
  } catch (error) {
    check(
      error instanceof MizanError && error.code === 'VALIDATION_FAILED' && (error.fieldErrors['task.title']?.length ?? 0) > 0,
      `validation failure: ${String(error)}`,
    )
  }
}

main(process.argv[2] ?? '').then(
  () => console.log('ok'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  },
)
