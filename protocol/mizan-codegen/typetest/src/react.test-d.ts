import type { ReactElement, ReactNode } from 'react'
import type { MutateOptions } from '@mizan/base'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  CreateTaskArgs,
  CreateTaskError,
  GlobalContextState,
  MizanClient,
  Page,
  PingArgs,
  ProjectContextData,
  ProjectContextParams,
  ProjectContextProps,
  ProjectContextState,
  ProjectDto,
  ProjectSummary,
  TaskDto,
  UserDto,
} from './generated-react'
import {
  MizanContext,
  ProjectContext,
  ProjectsContext,
  useCreateTask,
  useCurrentUser,
  useGlobalContext,
  useMizan,
  usePing,
  useProjectContext,
  useProjectDetails,
  useProjects,
  useProjectTasks,
} from './generated-react'

describe('generated React bindings', () => {
  it('configure the client at the root with a base URL or a client', () => {
    expectTypeOf(MizanContext).toBeCallableWith({ baseUrl: '/api/mizan', children: null })
    expectTypeOf(MizanContext).toBeCallableWith({ client: {} as MizanClient })
    expectTypeOf(MizanContext).returns.toEqualTypeOf<ReactElement>()
  })

  it('give every named context a provider taking its params as props', () => {
    expectTypeOf<ProjectContextProps>().toEqualTypeOf<{
      page?: number
      projectId: number
      since?: string | null
      status?: 'open' | 'in_progress' | 'done' | null
    } & { readonly children?: ReactNode }>()
    expectTypeOf(ProjectContext).toBeCallableWith({ projectId: 1, children: null })
    // @ts-expect-error projectId is required
    void ProjectContext({ children: null })
    expectTypeOf(ProjectsContext).toBeCallableWith({ children: null })
  })

  it('return {data, status, error} from the context hooks, with typed data and errors', () => {
    expectTypeOf(useProjectContext).returns.toEqualTypeOf<ProjectContextState>()
    expectTypeOf<ProjectContextState['data']>().toEqualTypeOf<ProjectContextData | undefined>()
    expectTypeOf<ProjectContextState['status']>().toEqualTypeOf<'idle' | 'loading' | 'success' | 'error'>()
    expectTypeOf<NonNullable<ProjectContextState['error']>['code']>().toEqualTypeOf<
      | 'BAD_REQUEST'
      | 'FORBIDDEN'
      | 'INTERNAL_ERROR'
      | 'NOT_FOUND'
      | 'NOT_IMPLEMENTED'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNAUTHORIZED'
      | 'NETWORK_ERROR'
      | 'INVALID_RESPONSE'
      | 'ABORTED'
    >()
    expectTypeOf(useGlobalContext).returns.toEqualTypeOf<GlobalContextState>()
  })

  it('return each member slot from its own hook, undefined until loaded', () => {
    expectTypeOf(useProjectDetails).returns.toEqualTypeOf<ProjectDto | undefined>()
    expectTypeOf(useProjectTasks).returns.toEqualTypeOf<Page<TaskDto> | undefined>()
    expectTypeOf(useProjects).returns.toEqualTypeOf<ProjectSummary[] | undefined>()
    expectTypeOf(useCurrentUser).returns.toEqualTypeOf<UserDto | null | undefined>()
  })

  it('let member and context hooks take the context params instead of a provider', () => {
    expectTypeOf(useProjectDetails).parameter(0).toEqualTypeOf<ProjectContextParams | undefined>()
    expectTypeOf(useProjectContext).parameter(0).toEqualTypeOf<ProjectContextParams | undefined>()
  })

  it('bind mutations as {mutate, mutateAsync, status, data, variables, error} with typed arguments, result and errors', () => {
    type Mutation = ReturnType<typeof useCreateTask>
    expectTypeOf<Mutation['mutate']>().toEqualTypeOf<
      (args: CreateTaskArgs, options?: MutateOptions<CreateTaskArgs, TaskDto, CreateTaskError>) => void
    >()
    expectTypeOf<Mutation['mutateAsync']>().toEqualTypeOf<(args: CreateTaskArgs) => Promise<TaskDto>>()
    expectTypeOf<Mutation['data']>().toEqualTypeOf<TaskDto | undefined>()
    expectTypeOf<Mutation['variables']>().toEqualTypeOf<CreateTaskArgs | undefined>()
    expectTypeOf<Mutation['status']>().toEqualTypeOf<'idle' | 'pending' | 'success' | 'error'>()
    expectTypeOf<Parameters<NonNullable<MutateOptions<CreateTaskArgs, TaskDto, CreateTaskError>['onError']>>[0]>().toEqualTypeOf<CreateTaskError>()
    expectTypeOf<Mutation['isPending']>().toEqualTypeOf<boolean>()
    expectTypeOf<Mutation['error']>().toEqualTypeOf<CreateTaskError | null>()
    expectTypeOf<ReturnType<typeof usePing>['mutate']>().parameter(0).toEqualTypeOf<PingArgs>()
  })

  it('keep the untyped escape hatch', () => {
    expectTypeOf(useMizan).returns.toHaveProperty('call')
    expectTypeOf(useMizan).returns.toHaveProperty('fetch')
  })
})

describe('form hooks', () => {
  it('type values, errors and field paths from the function', async () => {
    const { useCreateTaskForm, createTaskForm } = await import('./generated-react')
    type Form = ReturnType<typeof useCreateTaskForm>
    expectTypeOf<Form['values']>().toEqualTypeOf<CreateTaskArgs>()
    expectTypeOf<Form['errors']['task.title']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<Form['submit']>().returns.resolves.toEqualTypeOf<TaskDto | undefined>()
    expectTypeOf<Form['error']>().toEqualTypeOf<CreateTaskError | null>()
    expectTypeOf<Parameters<Form['setValue']>[0]>().toMatchTypeOf<string>()
    // @ts-expect-error a path the arguments do not have
    expectTypeOf<Form['errors']['task.titel']>()
    expectTypeOf(createTaskForm.fn).toEqualTypeOf<string>()
  })
})
