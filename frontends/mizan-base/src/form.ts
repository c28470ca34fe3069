import type { MizanClient } from './client.js'
import { type FieldErrors, MizanError, toMizanError } from './error.js'
import { isRecord } from './guards.js'
import { type Scheduler, type TimerHandle, defaultScheduler } from './scheduler.js'
import type { Json, Params } from './types.js'

/** One constraint of a form field, from the IR: its name (`Size`, `com.example.FreeTitle`) and parameters. */
export interface FormConstraint {
  readonly name: string
  readonly params: Readonly<Record<string, string | number | boolean>>
}

/**
 * The rules of one form field, from the IR's `form` node: its path from the arguments in wire names
 * (`task.steps[].title`, `[]` for every element of a list), whether a value is required, its default
 * and its constraints.
 */
export interface FormRule {
  readonly path: string
  readonly required?: boolean
  readonly default?: Json
  readonly constraints: readonly FormConstraint[]
}

/** What generated code knows of a form: the function and the rules of its fields. */
export interface FormDescriptor {
  readonly fn: string
  readonly rules: readonly FormRule[]
}

/** A form's starting values, some or all of the arguments; defaults fill what is left out. */
export type FormInit<A> = { readonly [K in keyof A]?: A[K] extends object ? FormInit<A[K]> | A[K] : A[K] }

/** One field of `NAME.schema`, as the server describes it in the caller's language. */
export interface SchemaField {
  readonly path: string
  readonly type: string
  readonly required: boolean
  readonly label?: string
  readonly help?: string
  readonly default?: Json
  readonly choices?: readonly string[]
  readonly constraints: readonly { readonly name: string; readonly params: Record<string, Json>; readonly message: string }[]
}

/** The state of a form. Immutable snapshot; `F` is the function's generated `XFieldPath`. */
export interface FormState<A, R, E extends MizanError, F extends string> {
  /** the values, as edited */
  readonly values: A
  /** the paths the user has left (blur) or changed */
  readonly touched: ReadonlySet<string>
  /** whether the values differ from the starting ones */
  readonly dirty: boolean
  /** the messages to show: of touched fields, of every field once a submit was tried */
  readonly errors: FieldErrors<F>
  /** every current message, shown or not */
  readonly allErrors: FieldErrors<F>
  /** false while any field has a message */
  readonly valid: boolean
  /** labels, help texts and messages from `NAME.schema` (undefined until it arrived) */
  readonly schema: Readonly<Record<string, SchemaField>> | undefined
  /** a server `validate` is pending or running */
  readonly validating: boolean
  readonly submitting: boolean
  /** true once a submit was tried */
  readonly submitted: boolean
  /** the result of the last successful submit */
  readonly data: R | undefined
  /** the last submit's failure other than field errors (those go to `errors`) */
  readonly error: E | null
}

/** Options of a {@link FormController}. */
export interface FormOptions {
  /** how long typing must pause before a server `validate` (default 300 ms) */
  readonly debounceMs?: number
  readonly scheduler?: Scheduler
}

/** Constraints a browser checks itself; any other is left to the server's `validate`. */
const CLIENT_CHECKS = new Set([
  'NotNull',
  'NotBlank',
  'NotEmpty',
  'Size',
  'Min',
  'Max',
  'DecimalMin',
  'DecimalMax',
  'Positive',
  'PositiveOrZero',
  'Negative',
  'NegativeOrZero',
  'Pattern',
  'Email',
  'Past',
  'PastOrPresent',
  'Future',
  'FutureOrPresent',
  'AssertTrue',
  'AssertFalse',
])

/** Whether the kernel checks this constraint in the browser. */
export function isClientCheck(name: string): boolean {
  return CLIENT_CHECKS.has(name)
}

function length(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length
  if (isRecord(value)) return Object.keys(value).length
  return undefined
}

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return undefined
}

function today(): string {
  const d = new Date()
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** -1, 0 or 1: the value's time against now (a date against today); undefined when it is no time. */
function againstNow(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = today()
    return value < t ? -1 : value > t ? 1 : 0
  }
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return undefined
  const now = Date.now()
  return ms < now ? -1 : ms > now ? 1 : 0
}

function javaRegex(regexp: string, flags: string | number | boolean | undefined): RegExp | undefined {
  try {
    const insensitive = typeof flags === 'string' && flags.split(' ').includes('CASE_INSENSITIVE')
    return new RegExp(`^(?:${regexp})$`, insensitive ? 'iu' : 'u')
  } catch {
    return undefined // a Java-only construct: the server checks it
  }
}

/**
 * Whether `value` breaks `constraint`, as Bean Validation would judge it; `false` for constraints the
 * browser cannot judge (left to the server). As in Bean Validation, `null` passes every constraint
 * but the `NotNull` family; an empty text passes `Pattern` and `Email` too (a form's empty input).
 */
export function breaks(constraint: FormConstraint, value: unknown): boolean {
  const p = constraint.params
  const absent = value === null || value === undefined
  switch (constraint.name) {
    case 'NotNull':
      return absent
    case 'NotBlank':
      return absent || (typeof value === 'string' && value.trim() === '')
    case 'NotEmpty':
      return absent || length(value) === 0
  }
  if (absent) return false
  const n = numeric(value)
  switch (constraint.name) {
    case 'Size': {
      const len = length(value)
      return len !== undefined && (len < Number(p['min'] ?? 0) || len > Number(p['max'] ?? 2147483647))
    }
    case 'Min':
      return n !== undefined && n < Number(p['value'])
    case 'Max':
      return n !== undefined && n > Number(p['value'])
    case 'DecimalMin':
      return n !== undefined && (p['inclusive'] === false ? n <= Number(p['value']) : n < Number(p['value']))
    case 'DecimalMax':
      return n !== undefined && (p['inclusive'] === false ? n >= Number(p['value']) : n > Number(p['value']))
    case 'Positive':
      return n !== undefined && n <= 0
    case 'PositiveOrZero':
      return n !== undefined && n < 0
    case 'Negative':
      return n !== undefined && n >= 0
    case 'NegativeOrZero':
      return n !== undefined && n > 0
    case 'Pattern': {
      if (typeof value !== 'string' || value === '') return false
      const re = javaRegex(String(p['regexp']), p['flags'])
      return re !== undefined && !re.test(value)
    }
    case 'Email':
      // lenient on purpose: never stricter than the server, which has the last word
      return typeof value === 'string' && value !== '' && !/^[^@\s]+@[^@\s]+$/.test(value)
    case 'Past':
      return againstNow(value) !== undefined && againstNow(value)! >= 0
    case 'PastOrPresent':
      return againstNow(value) !== undefined && againstNow(value)! > 0
    case 'Future':
      return againstNow(value) !== undefined && againstNow(value)! <= 0
    case 'FutureOrPresent':
      return againstNow(value) !== undefined && againstNow(value)! < 0
    case 'AssertTrue':
      return value !== true
    case 'AssertFalse':
      return value !== false
    default:
      return false
  }
}

type Segment = { readonly key: string; readonly each: boolean }

function segments(path: string): Segment[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }))
}

/** Every concrete path of a rule's path in `values`, with the value there (`task.steps[].title` → `task.steps[1].title`). */
export function expand(path: string, values: unknown): Array<[string, unknown]> {
  let out: Array<[string, unknown]> = [['', values]]
  for (const seg of segments(path)) {
    const next: Array<[string, unknown]> = []
    for (const [at, holder] of out) {
      const base = at === '' ? seg.key : `${at}.${seg.key}`
      const value = isRecord(holder) ? holder[seg.key] : undefined
      if (!seg.each) {
        next.push([base, value])
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => next.push([`${base}[${i}]`, item]))
      }
    }
    out = next
  }
  return out
}

/** The rule path of a concrete path (`task.steps[1].title` → `task.steps[].title`). */
export function rulePath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]')
}

function parsePath(path: string): Array<string | number> {
  const out: Array<string | number> = []
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part)
    if (m === null) {
      out.push(part)
      continue
    }
    if (m[1] !== '') out.push(m[1]!)
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]))
  }
  return out
}

/** The value at a concrete path, or undefined. */
export function getAt(values: unknown, path: string): unknown {
  let at: unknown = values
  for (const key of parsePath(path)) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key]
    else if (isRecord(at) && typeof key === 'string') at = at[key]
    else return undefined
  }
  return at
}

/** A copy of `values` with `value` at `path` (objects and arrays on the way copied, created when missing). */
export function setAt<T>(values: T, path: string, value: unknown): T {
  const keys = parsePath(path)
  const write = (holder: unknown, i: number): unknown => {
    const key = keys[i]!
    const copy: Record<string | number, unknown> | unknown[] = Array.isArray(holder)
      ? [...holder]
      : isRecord(holder)
        ? { ...holder }
        : typeof key === 'number'
          ? []
          : {}
    const current = (copy as Record<string | number, unknown>)[key]
    ;(copy as Record<string | number, unknown>)[key] = i === keys.length - 1 ? value : write(current, i + 1)
    return copy
  }
  return write(values, 0) as T
}

function withDefaults(values: unknown, rules: readonly FormRule[]): unknown {
  let out = values
  for (const rule of rules) {
    if (rule.default === undefined || rule.path.includes('[]')) continue
    if (getAt(out, rule.path) === undefined) out = setAt(out, rule.path, rule.default)
  }
  return out
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

const schemas = new WeakMap<MizanClient, Map<string, Promise<Readonly<Record<string, SchemaField>>>>>()

/** `NAME.schema` of a form, once per client (the client's locale is the browser's, fixed for a page). */
function loadSchema(client: MizanClient, fn: string): Promise<Readonly<Record<string, SchemaField>>> {
  let byFn = schemas.get(client)
  if (byFn === undefined) {
    byFn = new Map()
    schemas.set(client, byFn)
  }
  let loading = byFn.get(fn)
  if (loading === undefined) {
    loading = client.call<{ fields: SchemaField[] }>(`${fn}.schema`, {}).then((answer) => {
      const out: Record<string, SchemaField> = {}
      for (const field of answer.fields) out[field.path] = field
      return out
    })
    loading.catch(() => byFn!.delete(fn))
    byFn.set(fn, loading)
  }
  return loading
}

/**
 * A form bound to its server function, framework-agnostic: the bindings subscribe and read
 * {@link FormController.getState}. Edits are checked at once against the constraints a browser can
 * judge (with the server's messages from `NAME.schema`); when the form has rules only the server can
 * judge and the browser found nothing, a debounced `NAME.validate` brings their messages. `submit` checks everything first and
 * sends nothing while a field has a message; a `422` from the server lands on the fields.
 */
export class FormController<A extends Params, R, E extends MizanError = MizanError, F extends string = string> {
  private state: FormState<A, R, E, F>
  private readonly initial: A
  private client: MizanClient
  private server: Record<string, string[]> = {}
  private readonly serverOnly: boolean
  private timer: TimerHandle | undefined
  private validateSeq = 0
  private readonly listeners = new Set<() => void>()
  private readonly debounceMs: number
  private readonly scheduler: Scheduler
  private disposed = false
  private clientErrors = 0

  constructor(
    client: MizanClient,
    readonly descriptor: FormDescriptor,
    init: FormInit<A> = {},
    options: FormOptions = {},
  ) {
    this.client = client
    this.debounceMs = options.debounceMs ?? 300
    this.scheduler = options.scheduler ?? defaultScheduler
    this.serverOnly = descriptor.rules.some((r) => r.constraints.some((c) => !isClientCheck(c.name)))
    this.initial = withDefaults(init, descriptor.rules) as A
    this.state = this.derive({
      values: this.initial,
      touched: new Set(),
      schema: undefined,
      validating: false,
      submitting: false,
      submitted: false,
      data: undefined,
      error: null,
    })
  }

  /** Loads the schema (labels, help texts, messages in the caller's language). */
  start(): void {
    loadSchema(this.client, this.descriptor.fn).then(
      (schema) => {
        if (!this.disposed) this.update({ schema })
      },
      () => {
        /* messages fall back to the constraint names; validate and submit still answer */
      },
    )
  }

  /** Stops the pending validate; later answers change nothing. */
  dispose(): void {
    this.disposed = true
    if (this.timer !== undefined) this.scheduler.clearTimeout(this.timer)
  }

  setClient(client: MizanClient): void {
    this.client = client
  }

  getState = (): FormState<A, R, E, F> => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** The value at a path (`task.title`, `task.steps[0].title`). */
  value = (path: F): unknown => getAt(this.state.values, path)

  /** Sets the value at a path, marks it touched and checks it. */
  setValue = (path: F, value: unknown): void => {
    delete this.server[path]
    const touched = new Set(this.state.touched)
    touched.add(path)
    this.update({ values: setAt(this.state.values, path, value), touched })
    this.scheduleValidate()
  }

  /** Marks a path touched (an input's blur), so its messages show. */
  touch = (path: F): void => {
    if (this.state.touched.has(path)) return
    const touched = new Set(this.state.touched)
    touched.add(path)
    this.update({ touched })
  }

  /** Back to the starting values, nothing touched. */
  reset = (): void => {
    this.server = {}
    this.update({ values: this.initial, touched: new Set(), submitted: false, data: undefined, error: null })
  }

  /**
   * Checks every field; sends nothing while one has a message. Otherwise calls the function: its
   * result goes to `data` (and is returned), a `VALIDATION_FAILED` to the fields, another failure to
   * `error` (then `undefined` is returned). Never throws.
   */
  submit = async (): Promise<R | undefined> => {
    this.update({ submitted: true, error: null })
    if (!this.state.valid || this.state.submitting) return undefined
    if (this.timer !== undefined) this.scheduler.clearTimeout(this.timer)
    this.validateSeq++
    this.update({ submitting: true, validating: false })
    try {
      const data = await this.client.call<R>(this.descriptor.fn, this.state.values)
      this.server = {}
      this.update({ submitting: false, data })
      return data
    } catch (e) {
      const error = toMizanError(e) as E
      if (error.code === 'VALIDATION_FAILED') {
        this.server = { ...(error.fieldErrors as Record<string, string[]>) }
        this.update({ submitting: false })
      } else {
        this.update({ submitting: false, error })
      }
      return undefined
    }
  }

  private scheduleValidate(): void {
    if (!this.serverOnly || this.disposed) return
    if (this.timer !== undefined) this.scheduler.clearTimeout(this.timer)
    this.timer = undefined
    if (this.clientErrors > 0) {
      // The browser already found a message: the user fixes that first, no need to ask the server.
      this.validateSeq++
      if (this.state.validating) this.update({ validating: false })
      return
    }
    const seq = ++this.validateSeq
    this.update({ validating: true })
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = undefined
      void this.validate(seq)
    }, this.debounceMs)
  }

  private async validate(seq: number): Promise<void> {
    try {
      const answer = await this.client.call<{ valid: boolean; fields: Record<string, string[]> }>(
        `${this.descriptor.fn}.validate`,
        this.state.values,
      )
      if (seq !== this.validateSeq || this.disposed) return
      this.server = { ...answer.fields }
      this.update({ validating: false })
    } catch (e) {
      if (seq !== this.validateSeq || this.disposed) return
      // A value the server cannot bind (a 400) is the submit's to report; keep the last messages.
      if (!(e instanceof MizanError)) throw e
      this.update({ validating: false })
    }
  }

  private message(path: string, constraint: FormConstraint, schema: FormState<A, R, E, F>['schema']): string {
    const field = schema?.[rulePath(path)]
    const described = field?.constraints.find((c) => c.name === constraint.name)
    return described?.message ?? constraint.name
  }

  private update(change: Partial<Omit<FormState<A, R, E, F>, 'errors' | 'allErrors' | 'valid' | 'dirty'>>): void {
    this.state = this.derive({ ...this.state, ...change })
    for (const listener of [...this.listeners]) listener()
  }

  private derive(
    s: Omit<FormState<A, R, E, F>, 'errors' | 'allErrors' | 'valid' | 'dirty'>,
  ): FormState<A, R, E, F> {
    const all: Record<string, string[]> = {}
    const add = (path: string, message: string): void => {
      const list = (all[path] ??= [])
      if (!list.includes(message)) list.push(message)
    }
    for (const rule of this.descriptor.rules) {
      for (const [path, value] of expand(rule.path, s.values)) {
        for (const constraint of rule.constraints) {
          if (isClientCheck(constraint.name) && breaks(constraint, value)) add(path, this.message(path, constraint, s.schema))
        }
      }
    }
    this.clientErrors = Object.keys(all).length
    for (const [path, messages] of Object.entries(this.server)) messages.forEach((m) => add(path, m))
    for (const list of Object.values(all)) list.sort()
    const shown: Record<string, string[]> = {}
    for (const [path, messages] of Object.entries(all)) {
      if (s.submitted || s.touched.has(path) || [...s.touched].some((t) => path.startsWith(`${t}.`) || path.startsWith(`${t}[`)))
        shown[path] = messages
    }
    return Object.freeze({
      ...s,
      errors: shown as FieldErrors<F>,
      allErrors: all as FieldErrors<F>,
      valid: Object.keys(all).length === 0,
      dirty: !sameJson(s.values, this.initial),
    })
  }
}
