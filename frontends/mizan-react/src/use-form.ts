import type { MizanError, Params } from '@mizan/base'
import {
  FormController,
  type FormDescriptor,
  type FormInit,
  type FormOptions,
  type FormState,
  getAt,
  rulePath,
} from '@mizan/base/forms'
import { type ChangeEvent, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useMizanClient } from './provider.js'

/** What a plain `<input>`, `<select>` or `<textarea>` needs to be bound to a form field. */
export interface FieldProps {
  readonly name: string
  readonly value: string
  readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void
  readonly onBlur: () => void
  readonly 'aria-invalid': boolean
}

/** A checkbox's binding. */
export interface CheckboxProps {
  readonly name: string
  readonly checked: boolean
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void
  readonly onBlur: () => void
}

export type { FormDescriptor, FormInit, FormState } from '@mizan/base/forms'

/**
 * What {@link useForm} returns: the form's state (`values`, `touched`, `dirty`, `errors` by field
 * path, `schema` with labels and help, `submitting`, `data`, `error`) and the ways to change it.
 */
export interface MizanForm<A, R, E extends MizanError, F extends string> extends FormState<A, R, E, F> {
  readonly setValue: (path: F, value: unknown) => void
  readonly touch: (path: F) => void
  readonly submit: () => Promise<R | undefined>
  readonly reset: () => void
  /** `<input {...form.field('task.title')} />`: value, change and blur of a text, number, date or select input */
  readonly field: (path: F) => FieldProps
  /** `<input type="checkbox" {...form.checkbox('task.done')} />` */
  readonly checkbox: (path: F) => CheckboxProps
  /** the schema's label of a field (the path itself until the schema arrived) */
  readonly label: (path: F) => string
}

function fromInput(event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>): unknown {
  const target = event.target
  if (target instanceof HTMLInputElement && target.type === 'number') {
    return target.value === '' ? null : target.valueAsNumber
  }
  if (target instanceof HTMLInputElement && (target.type === 'date' || target.type === 'datetime-local' || target.type === 'time')) {
    return target.value === '' ? null : target.value
  }
  return target.value
}

/**
 * A form bound to a component (generated code calls it as `useCreateTaskForm(initial)`): checks
 * edits at once, asks the server to `validate` rules only it can judge, and `submit`s.
 */
export function useForm<A extends Params, R, E extends MizanError, F extends string>(
  descriptor: FormDescriptor,
  initial?: FormInit<A>,
  options?: FormOptions,
): MizanForm<A, R, E, F> {
  const client = useMizanClient()
  const [controller] = useState(() => new FormController<A, R, E, F>(client, descriptor, initial, options))
  controller.setClient(client)
  useEffect(() => {
    controller.start()
    return () => controller.dispose()
  }, [controller])
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState)
  return useMemo(() => {
    const field = (path: F): FieldProps => {
      const value = getAt(state.values, path)
      return {
        name: path,
        value: value === null || value === undefined ? '' : String(value),
        onChange: (event) => controller.setValue(path, fromInput(event)),
        onBlur: () => controller.touch(path),
        'aria-invalid': (state.errors as Record<string, string[] | undefined>)[path] !== undefined,
      }
    }
    const checkbox = (path: F): CheckboxProps => ({
      name: path,
      checked: getAt(state.values, path) === true,
      onChange: (event) => controller.setValue(path, event.target.checked),
      onBlur: () => controller.touch(path),
    })
    const label = (path: F): string => state.schema?.[rulePath(path)]?.label ?? path
    return {
      ...state,
      setValue: controller.setValue,
      touch: controller.touch,
      submit: controller.submit,
      reset: controller.reset,
      field,
      checkbox,
      label,
    }
  }, [state, controller])
}
