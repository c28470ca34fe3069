import type { MutateOptions, MutationStatus } from '@mizan/base'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  CreateTaskArgs,
  CreateTaskError,
  GlobalContextState,
  MizanClient,
  MizanSlot,
  Page,
  PingArgs,
  ProjectContextData,
  ProjectContextState,
  ProjectDto,
  ProjectSummary,
  TaskDto,
  UserDto,
} from './generated-svelte'
import {
  setupMizan,
  useCreateTask,
  useCurrentUser,
  useGlobalContext,
  useMizan,
  usePing,
  useProjectContext,
  useProjectDetails,
  useProjects,
  useProjectsContext,
  useProjectTasks,
} from './generated-svelte'

describe('generated Svelte bindings', () => {
  it('set the client up in the root component with a base URL, a client or hydration state', () => {
    expectTypeOf(setupMizan).toBeCallableWith({ baseUrl: '/api/mizan' })
    expectTypeOf(setupMizan).toBeCallableWith({ client: {} as MizanClient, state: { contexts: [] } })
    expectTypeOf(setupMizan).returns.toEqualTypeOf<MizanClient>()
  })

  it('take a context params as a function', () => {
    expectTypeOf(useProjectContext).toBeCallableWith(() => ({ projectId: 1, status: 'open' as const }))
    // @ts-expect-error projectId is required
    void useProjectContext(() => ({ page: 1 }))
    // @ts-expect-error params are a function, so they can follow props and state
    void useProjectContext({ projectId: 1 })
    expectTypeOf(useProjectsContext).parameters.toEqualTypeOf<[]>()
  })

  it('return reactive data, status, error and stale, with typed data and errors', () => {
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

  it('return each member slot as {current}, undefined until loaded', () => {
    expectTypeOf(useProjectDetails).returns.toEqualTypeOf<MizanSlot<ProjectDto>>()
    expectTypeOf<MizanSlot<ProjectDto>['current']>().toEqualTypeOf<ProjectDto | undefined>()
    expectTypeOf(useProjectTasks).returns.toEqualTypeOf<MizanSlot<Page<TaskDto>>>()
    expectTypeOf(useProjects).returns.toEqualTypeOf<MizanSlot<ProjectSummary[]>>()
    expectTypeOf(useCurrentUser).returns.toEqualTypeOf<MizanSlot<UserDto | null>>()
  })

  it('bind mutations with typed arguments, result, errors and reactive state', () => {
    type Create = ReturnType<typeof useCreateTask>
    expectTypeOf<Create['mutate']>().toEqualTypeOf<
      (args: CreateTaskArgs, options?: MutateOptions<CreateTaskArgs, TaskDto, CreateTaskError>) => void
    >()
    expectTypeOf<Create['mutateAsync']>().toEqualTypeOf<(args: CreateTaskArgs) => Promise<TaskDto>>()
    expectTypeOf<Create['data']>().toEqualTypeOf<TaskDto | undefined>()
    expectTypeOf<Create['variables']>().toEqualTypeOf<CreateTaskArgs | undefined>()
    expectTypeOf<Create['status']>().toEqualTypeOf<MutationStatus>()
    expectTypeOf<NonNullable<Create['error']>['code']>().toEqualTypeOf<
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
    expectTypeOf<ReturnType<typeof usePing>['mutateAsync']>().toEqualTypeOf<(args: PingArgs) => Promise<string>>()
    expectTypeOf(useMizan).returns.toHaveProperty('call')
  })
})
