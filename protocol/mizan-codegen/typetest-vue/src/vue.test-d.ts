import type { MutateOptions, MutationStatus } from '@mizan/base'
import type { ComputedRef, Ref } from 'vue'
import { ref } from 'vue'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  CreateTaskArgs,
  CreateTaskError,
  GlobalContextState,
  MizanClient,
  MizanPlugin,
  Page,
  PingArgs,
  ProjectContextData,
  ProjectContextState,
  ProjectDto,
  ProjectSummary,
  TaskDto,
  UserDto,
} from './generated-vue'
import {
  createMizan,
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
} from './generated-vue'

describe('generated Vue bindings', () => {
  it('configure the client with a plugin taking a base URL, a client or hydration state', () => {
    expectTypeOf(createMizan).toBeCallableWith({ baseUrl: '/api/mizan' })
    expectTypeOf(createMizan).toBeCallableWith({ client: {} as MizanClient, state: { contexts: [] } })
    expectTypeOf(createMizan).toBeCallableWith()
    expectTypeOf(createMizan).returns.toEqualTypeOf<MizanPlugin>()
  })

  it('take a context params as an object, a ref or a getter', () => {
    expectTypeOf(useProjectContext).toBeCallableWith({ projectId: 1 })
    expectTypeOf(useProjectContext).toBeCallableWith(ref({ projectId: 1, page: 2 }))
    expectTypeOf(useProjectContext).toBeCallableWith(() => ({ projectId: 1, status: 'open' as const }))
    // @ts-expect-error projectId is required
    void useProjectContext({ page: 1 })
    // @ts-expect-error status is an enum
    void useProjectContext({ projectId: 1, status: 'closed' })
    expectTypeOf(useProjectsContext).parameters.toEqualTypeOf<[]>()
  })

  it('return refs of data, status, error and stale, with typed data and errors', () => {
    expectTypeOf(useProjectContext).returns.toEqualTypeOf<ProjectContextState>()
    expectTypeOf<ProjectContextState['data']>().toEqualTypeOf<Readonly<Ref<ProjectContextData | undefined>>>()
    expectTypeOf<ProjectContextState['status']['value']>().toEqualTypeOf<'idle' | 'loading' | 'success' | 'error'>()
    expectTypeOf<ProjectContextState['stale']['value']>().toEqualTypeOf<boolean>()
    expectTypeOf<NonNullable<ProjectContextState['error']['value']>['code']>().toEqualTypeOf<
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

  it('return each member slot as a computed ref, undefined until loaded', () => {
    expectTypeOf(useProjectDetails).returns.toEqualTypeOf<ComputedRef<ProjectDto | undefined>>()
    expectTypeOf(useProjectTasks).returns.toEqualTypeOf<ComputedRef<Page<TaskDto> | undefined>>()
    expectTypeOf(useProjects).returns.toEqualTypeOf<ComputedRef<ProjectSummary[] | undefined>>()
    expectTypeOf(useCurrentUser).returns.toEqualTypeOf<ComputedRef<UserDto | null | undefined>>()
    expectTypeOf(useProjectDetails).toBeCallableWith(() => ({ projectId: 3 }))
  })

  it('bind mutations with typed arguments, result, errors and refs of their state', () => {
    type Create = ReturnType<typeof useCreateTask>
    expectTypeOf<Create['mutate']>().toEqualTypeOf<
      (args: CreateTaskArgs, options?: MutateOptions<CreateTaskArgs, TaskDto, CreateTaskError>) => void
    >()
    expectTypeOf<Create['mutateAsync']>().toEqualTypeOf<(args: CreateTaskArgs) => Promise<TaskDto>>()
    expectTypeOf<Create['data']['value']>().toEqualTypeOf<TaskDto | undefined>()
    expectTypeOf<Create['variables']['value']>().toEqualTypeOf<CreateTaskArgs | undefined>()
    expectTypeOf<Create['status']['value']>().toEqualTypeOf<MutationStatus>()
    expectTypeOf<Create['isPending']['value']>().toEqualTypeOf<boolean>()
    expectTypeOf<NonNullable<Create['error']['value']>['code']>().toEqualTypeOf<
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
