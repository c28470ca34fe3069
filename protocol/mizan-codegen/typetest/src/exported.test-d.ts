import { describe, expectTypeOf, it } from 'vitest'
import type { DtosPage, DtosShape, DtosTaskDto, DtosTree, ProjectContextParams } from './generated-exported'
import { callEcho, useProjectTasks } from './generated-exported'

describe('the client generated from an exported IR', () => {
  it('types generic pages, unions and recursive records as the Java classes declare them', () => {
    expectTypeOf(useProjectTasks).returns.toEqualTypeOf<DtosPage<DtosTaskDto> | undefined>()
    expectTypeOf<DtosPage<DtosTaskDto>['first']>().toEqualTypeOf<DtosTaskDto | null>()
    expectTypeOf<Extract<DtosShape, { kind: 'circle' }>['radius']>().toEqualTypeOf<number>()
    expectTypeOf<DtosTree>().toHaveProperty('children')
    expectTypeOf(callEcho).parameter(0).toHaveProperty('tree')
  })

  it('requires the params every member takes', () => {
    expectTypeOf<ProjectContextParams['projectId']>().toEqualTypeOf<number>()
  })
})
