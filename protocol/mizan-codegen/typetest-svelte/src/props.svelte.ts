/** Props a test can change after mounting (a `$state` proxy). */
export function reactiveProps<T extends object>(initial: T): T {
  const props = $state(initial)
  return props
}
