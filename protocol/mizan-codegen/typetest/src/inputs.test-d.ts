import { describe, expectTypeOf, it } from 'vitest'
import type {
  CreateTaskError,
  CreateTaskFieldPath,
  Folder,
  Json,
  MizanError,
  NewTask,
  PingError,
  Priority,
  ProjectContextError,
  SaveFolderArgs,
  SaveFolderError,
  SaveFolderFieldPath,
  SearchFieldPath,
  TaskDto,
  TaskDtoInput,
  TaskStatus,
  UpdateSettingsFieldPath,
  UpdateTaskArgs,
  UpdateTaskFieldPath,
  UserDto,
  UserDtoInput,
} from './generated-react'
import { callCreateTask, callSaveFolder, callUpdateTask } from './generated-react'

describe('input forms: a request may leave a nullable field out', () => {
  it('declares a type only requests carry with its nullable fields optional and nullable', () => {
    expectTypeOf<NewTask>().toEqualTypeOf<{
      title: string
      description?: string | null
      due?: string | null
      labels: string[]
      priority: Priority
    }>()
    expectTypeOf(callCreateTask).toBeCallableWith({ projectId: 1, task: { title: 't', labels: [], priority: 'low' } })
    expectTypeOf(callCreateTask).toBeCallableWith({
      projectId: 1,
      task: { title: 't', description: null, labels: [], priority: 'low' },
    })
    // @ts-expect-error a non-nullable field stays required
    void callCreateTask({ projectId: 1, task: { description: 'd', labels: [], priority: 'low' } })
    // @ts-expect-error omitted is not undefined (exactOptionalPropertyTypes): send null or leave it out
    void callCreateTask({ projectId: 1, task: { title: 't', description: undefined, labels: [], priority: 'low' } })
  })

  it('gives a type that answers carry too a second declaration, <Name>Input, for requests', () => {
    expectTypeOf<UpdateTaskArgs>().toEqualTypeOf<{ task: TaskDtoInput }>()
    expectTypeOf<TaskDtoInput>().toEqualTypeOf<{
      id: number
      title: string
      status: TaskStatus
      priority: Priority
      assignee?: UserDtoInput | null
      due?: string | null
      tags: string[]
      estimate?: number | null
      attachments: string[]
      extra: Json
    }>()
    expectTypeOf<UserDtoInput['lastLogin']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<UserDto['lastLogin']>().toEqualTypeOf<string | null>()
    // an answer can be sent back as it is
    expectTypeOf<TaskDto>().toExtend<TaskDtoInput>()
    expectTypeOf<UserDto>().toExtend<UserDtoInput>()
    expectTypeOf(callUpdateTask).returns.toEqualTypeOf<Promise<TaskDto>>()
    expectTypeOf(callUpdateTask).toBeCallableWith({
      task: {
        id: 1,
        title: 't',
        status: 'open',
        priority: 'low',
        assignee: { id: 'u', username: 'a', staff: false, roles: [], preferences: {} },
        tags: [],
        attachments: [],
        extra: null,
      },
    })
  })

  it('follows recursive input types', () => {
    expectTypeOf<SaveFolderArgs>().toEqualTypeOf<{ folder: Folder }>()
    expectTypeOf(callSaveFolder).toBeCallableWith({ folder: { name: 'a', children: [{ name: 'b', children: [] }] } })
  })
})

describe('field errors keyed by the input paths the server names', () => {
  it('spells every path of the arguments: fields after a dot, list indexes, set brackets, map keys', () => {
    expectTypeOf<CreateTaskFieldPath>().toEqualTypeOf<
      | 'projectId'
      | 'task'
      | 'task.description'
      | 'task.due'
      | 'task.labels'
      | 'task.labels[]'
      | 'task.priority'
      | 'task.title'
    >()
    expectTypeOf<'task.tags[0]'>().toExtend<UpdateTaskFieldPath>()
    expectTypeOf<'task.assignee.roles[12]'>().toExtend<UpdateTaskFieldPath>()
    expectTypeOf<'task.assignee.preferences[theme]'>().toExtend<UpdateTaskFieldPath>()
    expectTypeOf<'task.tags[x]'>().not.toExtend<UpdateTaskFieldPath>()
    expectTypeOf<'task.name'>().not.toExtend<UpdateTaskFieldPath>()
    expectTypeOf<'filters[done][2]'>().toExtend<SearchFieldPath>()
    expectTypeOf<'settings[theme]'>().toExtend<UpdateSettingsFieldPath>()
    // a recursive type: any deeper path under the point where it recurs
    expectTypeOf<'folder.children[0].children[1].name'>().toExtend<SaveFolderFieldPath>()
    expectTypeOf<SaveFolderError['fieldErrors']['folder.children[0].name']>().toEqualTypeOf<string[] | undefined>()
  })

  it('types fieldErrors by those paths, so a misspelt path does not compile', () => {
    const error = {} as CreateTaskError
    expectTypeOf(error.fieldErrors['task.title']).toEqualTypeOf<string[] | undefined>()
    // @ts-expect-error misspelt path
    void error.fieldErrors['task.titel']
    expectTypeOf<keyof PingError['fieldErrors']>().toEqualTypeOf<never>()
    expectTypeOf<keyof ProjectContextError['fieldErrors']>().toEqualTypeOf<never>()
    expectTypeOf<CreateTaskError>().toExtend<MizanError>()
  })
})
