import { describe, expectTypeOf, it } from 'vitest'
import type {
  ArchiveProjectError,
  CallOptions,
  CreateTaskArgs,
  CreateTaskError,
  CurrentUserError,
  ErrorCode,
  GlobalContextData,
  GlobalContextError,
  GlobalContextErrorCode,
  MizanError,
  NewTask,
  Page,
  ProjectContextData,
  ProjectContextError,
  ProjectContextErrorCode,
  ProjectContextParams,
  ProjectDto,
  ProjectTasksErrorCode,
  Ref,
  SearchHit,
  TaskDto,
  TaskStatus,
  UserDto,
} from './generated-react'
import {
  callArchiveProject,
  callCreateTask,
  callPing,
  callSearch,
  callUpdateSettings,
  fetchGlobalContext,
  fetchProjectContext,
  globalContext,
  projectContext,
} from './generated-react'

describe('generated call functions', () => {
  it('take the arguments under their wire names and resolve with the output type', () => {
    expectTypeOf(callCreateTask).parameter(0).toEqualTypeOf<CreateTaskArgs>()
    expectTypeOf<CreateTaskArgs>().toEqualTypeOf<{ projectId: number; task: NewTask }>()
    expectTypeOf(callCreateTask).parameter(1).toEqualTypeOf<CallOptions | undefined>()
    expectTypeOf(callCreateTask).returns.toEqualTypeOf<Promise<TaskDto>>()
    expectTypeOf(callSearch).returns.toEqualTypeOf<Promise<Page<SearchHit>>>()
    expectTypeOf(callUpdateSettings).returns.toEqualTypeOf<Promise<Ref<ProjectDto> | null>>()
    expectTypeOf(callArchiveProject).returns.toEqualTypeOf<Promise<void>>()
  })

  it('reject wrong, missing and unknown arguments', () => {
    const task: NewTask = { title: 't', description: null, labels: [], priority: 'high' }
    // @ts-expect-error projectId is a number
    void callCreateTask({ projectId: '1', task })
    // @ts-expect-error task is required
    void callCreateTask({ projectId: 1 })
    // @ts-expect-error unknown argument
    void callCreateTask({ projectId: 1, task, extra: true })
    // @ts-expect-error a function with required arguments needs them
    void callCreateTask()
  })

  it('let optional arguments and argument-less functions be called without them', () => {
    expectTypeOf(callPing).toBeCallableWith()
    expectTypeOf(callSearch).toBeCallableWith({ query: 'q' })
    expectTypeOf(callSearch).toBeCallableWith({ query: 'q', limit: null, filters: { done: ['a'] } })
    // @ts-expect-error filters are keyed by task status
    void callSearch({ query: 'q', filters: { closed: ['a'] } })
  })

  it('show the error codes each function can produce', () => {
    expectTypeOf<CreateTaskError>().toExtend<MizanError>()
    expectTypeOf<CreateTaskError['code']>().toEqualTypeOf<
      | 'BAD_REQUEST'
      | 'FORBIDDEN'
      | 'INTERNAL_ERROR'
      | 'NOT_FOUND'
      | 'NOT_IMPLEMENTED'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNAUTHORIZED'
      | 'VALIDATION_FAILED'
      | 'NETWORK_ERROR'
      | 'INVALID_RESPONSE'
      | 'ABORTED'
    >()
    expectTypeOf<'UNAUTHORIZED'>().not.toExtend<CurrentUserError['code']>()
    expectTypeOf<'VALIDATION_FAILED'>().not.toExtend<CurrentUserError['code']>()
    expectTypeOf<ArchiveProjectError['code']>().toExtend<ErrorCode>()
  })
})

describe('generated context fetchers', () => {
  it('take the context params, required only when every member takes them', () => {
    expectTypeOf<ProjectContextParams>().toEqualTypeOf<{
      page?: number
      projectId: number
      since?: string | null
      status?: TaskStatus | null
    }>()
    expectTypeOf(fetchProjectContext).toBeCallableWith({ projectId: 1 })
    // @ts-expect-error projectId is required: every member takes it
    void fetchProjectContext({ page: 2 })
    expectTypeOf(fetchGlobalContext).toBeCallableWith()
  })

  it('resolve with one slot per member, under the member names', () => {
    expectTypeOf(fetchProjectContext).returns.toEqualTypeOf<Promise<ProjectContextData>>()
    expectTypeOf<ProjectContextData['project_details']>().toEqualTypeOf<ProjectDto>()
    expectTypeOf<ProjectContextData['project_tasks']>().toEqualTypeOf<Page<TaskDto>>()
    expectTypeOf<GlobalContextData['current_user']>().toEqualTypeOf<UserDto | null>()
    expectTypeOf<ProjectContextError['code']>().toExtend<ErrorCode>()
  })

  it("list the members' codes, PAYLOAD_TOO_LARGE included: a bundle over the server's answer limit is a 413", () => {
    expectTypeOf<ProjectContextErrorCode>().toEqualTypeOf<
      'BAD_REQUEST' | 'FORBIDDEN' | 'INTERNAL_ERROR' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'UNAUTHORIZED'
    >()
    expectTypeOf<GlobalContextErrorCode>().toEqualTypeOf<
      'BAD_REQUEST' | 'INTERNAL_ERROR' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE'
    >()
    expectTypeOf<'PAYLOAD_TOO_LARGE'>().toExtend<ProjectContextError['code']>()
    expectTypeOf<'PAYLOAD_TOO_LARGE'>().toExtend<GlobalContextError['code']>()
    // the same members called on their own keep it too
    expectTypeOf<'PAYLOAD_TOO_LARGE'>().toExtend<ProjectTasksErrorCode>()
    expectTypeOf<'PAYLOAD_TOO_LARGE'>().toExtend<CurrentUserError['code']>()
  })

  it('name each context with its cache revision', () => {
    expectTypeOf(projectContext).toEqualTypeOf<{
      readonly name: string
      readonly rev: number
      readonly live?: boolean
    }>()
    expectTypeOf(globalContext.name).toEqualTypeOf<string>()
  })
})
