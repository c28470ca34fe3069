import { describe, expectTypeOf, it } from 'vitest'
import * as base from './generated-base'
import type { Page, TaskDto } from './generated-base'

describe('the base target', () => {
  it('emits the framework-agnostic client without React bindings', () => {
    expectTypeOf(base.callProjectTasks).returns.toEqualTypeOf<Promise<Page<TaskDto>>>()
    expectTypeOf(base).not.toHaveProperty('MizanContext')
    expectTypeOf(base).not.toHaveProperty('useCreateTask')
  })
})
