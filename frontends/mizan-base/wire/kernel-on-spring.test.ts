import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MizanClient } from '../src/index.js'
import { MizanError } from '../src/error.js'
import { type RunningFixture, cookieFetch, startFixture } from './spring-fixture.js'

// The kernel against the real Spring Boot starter, serving the conformance fixture app.
let fixture: RunningFixture | undefined
beforeAll(async () => {
  fixture = await startFixture()
}, 180_000)
afterAll(async () => {
  await fixture?.stop()
})

function origin(): string {
  if (fixture === undefined) throw new Error('the fixture did not start')
  return fixture.origin
}

interface Project {
  id: number
  name: string
  openTasks: number
}
interface Task {
  id: number
  projectId: number
  title: string
  status: string
}
type ProjectBundle = { project_details: Project; project_tasks: Task[] }

const project = { name: 'project', rev: 2 }

function connect() {
  const log: string[] = []
  const fetch = cookieFetch(log)
  return { log, fetch, client: new MizanClient({ baseUrl: `${origin()}/api/mizan`, fetch }) }
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

async function mountedProject(client: MizanClient, name: string) {
  const created = await client.call<Project>('create_project', { name })
  const params = { projectId: created.id }
  const unmount = client.subscribe(project, params, () => undefined)
  const state = () => client.getState<ProjectBundle>(project, params)
  await until(() => state().status === 'success')
  return { created, params, state, unmount }
}

describe('the kernel on the Spring Boot starter', () => {
  it('fetches the CSRF token before the first call and sends it', async () => {
    const { client, log } = connect()
    await expect(client.call<number>('add', { left: 2, right: 3 })).resolves.toBe(5)
    expect(log).toEqual(['GET /api/mizan/session/ 200', 'POST /api/mizan/call/ 200'])
  })

  it('refetches a mounted context once after a scoped invalidation from body and header', async () => {
    const { client, log } = connect()
    const { params, state, unmount } = await mountedProject(client, 'Invalidated')
    const before = log.length
    const task = await client.call<Task>('create_task', { projectId: params.projectId, task: { title: 'Write tests' } })
    expect(state().stale).toBe(true)
    await until(() => !state().stale)
    expect(state().data?.project_tasks).toEqual([task])
    expect(log.slice(before)).toEqual(['POST /api/mizan/call/ 200', `GET /api/mizan/ctx/project/?projectId=${params.projectId} 200`])
    unmount()
  })

  it('splices a merged value with no request', async () => {
    const { client, log } = connect()
    const { params, state, unmount } = await mountedProject(client, 'Merged')
    const before = log.length
    await client.call('rename_project', { projectId: params.projectId, name: 'Renamed' })
    expect(state().data?.project_details.name).toBe('Renamed')
    expect(log.slice(before)).toEqual(['POST /api/mizan/call/ 200'])
    unmount()
  })

  it('turns error envelopes into MizanErrors', async () => {
    const { client } = connect()
    const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e)
    const unknown = await failure(client.call('no_such_function', {}))
    expect(unknown).toBeInstanceOf(MizanError)
    // An anonymous caller cannot tell an unknown name from a guarded one: both answer 401.
    expect(unknown).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    const invalid = await failure(client.call('create_task', { projectId: 1, task: { title: '' } }))
    expect(invalid).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(invalid instanceof MizanError ? Object.keys(invalid.fieldErrors) : []).toEqual(['task.title'])
    expect(await failure(client.fetchContext(project, { projectId: 'abc' }))).toMatchObject({ status: 400, code: 'BAD_REQUEST' })
  })

  it('renews a refused CSRF token once and retries the call', async () => {
    const { client, fetch, log } = connect()
    await client.call('ping', {})
    fetch.clearCookies()
    await expect(client.call<number>('add', { left: 1, right: 1 })).resolves.toBe(2)
    expect(log.slice(2)).toEqual(['POST /api/mizan/call/ 403', 'GET /api/mizan/session/ 200', 'POST /api/mizan/call/ 200'])
  })
})
