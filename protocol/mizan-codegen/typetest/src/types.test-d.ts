import { describe, expectTypeOf, it } from 'vitest'
import type {
  Activity,
  Json,
  NewTask,
  Page,
  Priority,
  ProjectDto,
  ProjectSummary,
  Ref,
  SearchHit,
  TaskDto,
  TaskStatus,
  UserDto,
} from './generated-react'
import { priorityValues, taskStatusValues } from './generated-react'

describe('generated types', () => {
  it('keeps generic types generic', () => {
    expectTypeOf<Page<TaskDto>['items']>().toEqualTypeOf<TaskDto[]>()
    expectTypeOf<Page<string>['items']>().toEqualTypeOf<string[]>()
    expectTypeOf<Page<TaskDto>['total']>().toEqualTypeOf<number>()
    expectTypeOf<Ref<ProjectDto>['value']>().toEqualTypeOf<ProjectDto>()
    expectTypeOf<Ref<number>['history']>().toEqualTypeOf<(number | null)[]>()
  })

  it('turns enums into unions of their wire values', () => {
    expectTypeOf<TaskStatus>().toEqualTypeOf<'open' | 'in_progress' | 'done'>()
    expectTypeOf<Priority>().toEqualTypeOf<'low' | 'normal' | 'high' | 'very-high'>()
    expectTypeOf(taskStatusValues).toEqualTypeOf<readonly ['open', 'in_progress', 'done']>()
    expectTypeOf(priorityValues[0]).toEqualTypeOf<'low'>()
  })

  it('makes tagged unions discriminated by their discriminator property', () => {
    const describeActivity = (activity: Activity): string => {
      switch (activity.type) {
        case 'comment':
          expectTypeOf(activity.text).toEqualTypeOf<string>()
          return activity.text
        case 'status-change':
          expectTypeOf(activity.to).toEqualTypeOf<TaskStatus>()
          return activity.to
      }
    }
    expectTypeOf(describeActivity).returns.toEqualTypeOf<string>()
    expectTypeOf<Extract<SearchHit, { kind: 'task' }>>().toExtend<TaskDto>()
    expectTypeOf<Extract<SearchHit, { kind: 'project' }>>().toExtend<ProjectSummary>()
    // @ts-expect-error an unknown tag is not a search hit
    const wrong: SearchHit['kind'] = 'user'
    void wrong
  })

  it('writes nullable as | null and optional as ?; an answer always carries a nullable field', () => {
    expectTypeOf<TaskDto['assignee']>().toEqualTypeOf<UserDto | null>()
    expectTypeOf<NewTask>().toHaveProperty('due')
    const { assignee, ...withoutAssignee } = {} as TaskDto
    void assignee
    // @ts-expect-error an answer carries a nullable field (null when it has no value)
    const missing: TaskDto = withoutAssignee
    void missing
    expectTypeOf<ProjectDto['x-legacy-code']>().toEqualTypeOf<string | null | undefined>()
  })

  it('types maps with string keys as records and enum keys as partial records', () => {
    expectTypeOf<UserDto['preferences']>().toEqualTypeOf<Record<string, string | null>>()
    expectTypeOf<ProjectSummary['countsByStatus']>().toEqualTypeOf<Partial<Record<TaskStatus, number>>>()
    const summary = {} as ProjectSummary
    expectTypeOf(summary.countsByStatus.open).toEqualTypeOf<number | undefined>()
  })

  it('maps the IR any type to the kernel Json type, never to any', () => {
    expectTypeOf<TaskDto['extra']>().toEqualTypeOf<Json>()
    expectTypeOf<TaskDto['extra']>().not.toBeAny()
    expectTypeOf<ProjectDto['settings']>().toEqualTypeOf<Record<string, Json>>()
  })

  it('maps dates, uuids and byte arrays to strings and numbers to number', () => {
    expectTypeOf<TaskDto['id']>().toEqualTypeOf<number>()
    expectTypeOf<UserDto['id']>().toEqualTypeOf<string>()
    expectTypeOf<ProjectDto['createdAt']>().toEqualTypeOf<string>()
    expectTypeOf<ProjectDto['budget']>().toEqualTypeOf<number | null>()
  })
})
