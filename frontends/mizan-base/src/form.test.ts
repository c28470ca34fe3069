import { describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { FormController, type FormDescriptor, breaks, expand, setAt } from './form.js'
import { BASE, type FakeRequest, fakeServer, flush, json } from './testing/fake-server.js'

type Args = { projectId: number; task: { title: string; points: number; steps: Array<{ title: string }> } }
type Path = 'projectId' | 'task' | 'task.title' | 'task.points' | 'task.steps' | `task.steps[${number}].title`

const descriptor: FormDescriptor = {
  fn: 'create_task',
  rules: [
    { path: 'task.points', required: true, default: 1, constraints: [{ name: 'Max', params: { value: 10 } }] },
    {
      path: 'task.title',
      required: true,
      constraints: [
        { name: 'NotBlank', params: {} },
        { name: 'Size', params: { min: 3, max: 20 } },
        { name: 'com.example.FreeTitle', params: {} },
      ],
    },
    { path: 'task.steps[].title', required: true, constraints: [{ name: 'NotBlank', params: {} }] },
  ],
}

const schema = {
  function: 'create_task',
  form: 'task',
  fields: [
    { path: 'task.title', type: 'string', required: true, label: 'Titel', constraints: [
      { name: 'NotBlank', params: {}, message: 'darf nicht leer sein' },
      { name: 'Size', params: { min: 3, max: 20 }, message: 'Größe muss zwischen 3 und 20 sein' },
      { name: 'com.example.FreeTitle', params: {}, message: 'vergeben' },
    ] },
    { path: 'task.points', type: 'integer', required: true, constraints: [{ name: 'Max', params: { value: 10 }, message: 'höchstens 10' }] },
    { path: 'task.steps[].title', type: 'string', required: true, constraints: [{ name: 'NotBlank', params: {}, message: 'leer' }] },
  ],
}

function fn(r: FakeRequest): string | undefined {
  return r.path === '/call/' ? (r.body as { function: string }).function : undefined
}

function setup() {
  const server = fakeServer((r) => {
    if (r.path === '/session/') return json({ csrf_token: 'tok', user: null })
    if (fn(r) === 'create_task.schema') return json({ result: schema })
    return undefined
  })
  const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
  const form = new FormController<Args, string, never, Path>(client, descriptor, { projectId: 7, task: { title: '', steps: [] } }, { debounceMs: 300 })
  form.start()
  return { server, form }
}

const calls = (server: ReturnType<typeof fakeServer>, name: string) => server.requests.filter((r) => fn(r) === name)

describe('form rules', () => {
  it('judge values as Bean Validation does, null passing all but the NotNull family', () => {
    expect(breaks({ name: 'Size', params: { min: 3, max: 5 } }, 'ab')).toBe(true)
    expect(breaks({ name: 'Size', params: { min: 3, max: 5 } }, 'abc')).toBe(false)
    expect(breaks({ name: 'Size', params: { min: 3, max: 5 } }, null)).toBe(false)
    expect(breaks({ name: 'NotBlank', params: {} }, '  ')).toBe(true)
    expect(breaks({ name: 'Min', params: { value: 1 } }, 0)).toBe(true)
    expect(breaks({ name: 'DecimalMax', params: { value: 10.5, inclusive: false } }, 10.5)).toBe(true)
    expect(breaks({ name: 'Pattern', params: { regexp: '[a-z]+(-[a-z]+)*' } }, 'Not A Slug')).toBe(true)
    expect(breaks({ name: 'Pattern', params: { regexp: '[a-z]+', flags: 'CASE_INSENSITIVE' } }, 'ABC')).toBe(false)
    expect(breaks({ name: 'Email', params: {} }, 'nope')).toBe(true)
    expect(breaks({ name: 'Email', params: {} }, 'a@b.c')).toBe(false)
    expect(breaks({ name: 'Future', params: {} }, '2001-01-01')).toBe(true)
    expect(breaks({ name: 'Past', params: {} }, '2001-01-01')).toBe(false)
    expect(breaks({ name: 'com.example.FreeTitle', params: {} }, 'anything')).toBe(false)
  })

  it('expand list paths over the values and set values immutably', () => {
    const values = { task: { steps: [{ title: 'a' }, { title: '' }] } }
    expect(expand('task.steps[].title', values)).toEqual([
      ['task.steps[0].title', 'a'],
      ['task.steps[1].title', ''],
    ])
    const next = setAt(values, 'task.steps[1].title', 'b')
    expect(next.task.steps[1]!.title).toBe('b')
    expect(values.task.steps[1]!.title).toBe('')
  })
})

describe('FormController', () => {
  it('fills defaults, shows instant errors of touched fields with the schema messages, and sends no call for them', async () => {
    const { server, form } = setup()
    await flush()
    expect(form.getState().values.task.points).toBe(1)
    expect(form.getState().schema?.['task.title']?.label).toBe('Titel')
    expect(form.getState().errors).toEqual({})
    expect(form.getState().allErrors['task.title']).toEqual(['Größe muss zwischen 3 und 20 sein', 'darf nicht leer sein'])
    form.setValue('task.title', 'ab')
    expect(form.getState().errors['task.title']).toEqual(['Größe muss zwischen 3 und 20 sein'])
    expect(form.getState().dirty).toBe(true)
    form.setValue('task.points', 11)
    expect(form.getState().errors['task.points']).toEqual(['höchstens 10'])
    expect(calls(server, 'create_task.validate')).toHaveLength(0)
  })

  it('asks the server to validate after a pause, once, and shows its server-only messages', async () => {
    vi.useFakeTimers()
    try {
      const { server, form } = setup()
      await flush()
      form.setValue('task.title', 'Tak')
      form.setValue('task.title', 'Taken')
      expect(form.getState().validating).toBe(true)
      vi.advanceTimersByTime(299)
      expect(calls(server, 'create_task.validate')).toHaveLength(0)
      vi.advanceTimersByTime(1)
      await flush()
      const validate = calls(server, 'create_task.validate')
      expect(validate).toHaveLength(1)
      expect((validate[0]!.body as { args: Args }).args.task.title).toBe('Taken')
      validate[0]!.respond(json({ result: { valid: false, fields: { 'task.title': ['vergeben'] } } }))
      await flush()
      expect(form.getState().errors['task.title']).toEqual(['vergeben'])
      expect(form.getState().validating).toBe(false)
      form.setValue('task.title', 'Free')
      expect(form.getState().errors['task.title']).toBeUndefined()
      // nothing is asked while the browser already has a message (the pending ask for 'Free' is dropped)
      form.setValue('task.title', 'ab')
      vi.advanceTimersByTime(1000)
      await flush()
      expect(calls(server, 'create_task.validate')).toHaveLength(1)
      expect(form.getState().validating).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('submit sends nothing while a field has an error, shows every error, then maps a 422 onto the fields', async () => {
    const { server, form } = setup()
    await flush()
    expect(await form.submit()).toBeUndefined()
    expect(calls(server, 'create_task')).toHaveLength(0)
    expect(form.getState().errors['task.title']).toBeDefined()
    form.setValue('task.title', 'Write docs')
    form.setValue('task.steps', [{ title: ' ' }])
    expect(form.getState().errors['task.steps[0].title']).toEqual(['leer'])
    form.setValue('task.steps[0].title', 'Outline')
    const submitting = form.submit()
    await flush()
    calls(server, 'create_task')[0]!.respond(
      json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { 'task.title': ['vergeben'] } } } }, 422),
    )
    expect(await submitting).toBeUndefined()
    expect(form.getState().errors['task.title']).toEqual(['vergeben'])
    expect(form.getState().error).toBeNull()
    form.setValue('task.title', 'Write more docs')
    const again = form.submit()
    await flush()
    calls(server, 'create_task')[1]!.respond(json({ result: 'created' }))
    expect(await again).toBe('created')
    expect(form.getState()).toMatchObject({ data: 'created', submitting: false, valid: true })
  })
})
