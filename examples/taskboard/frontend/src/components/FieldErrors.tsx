/** Any generated error type: its `fieldErrors` are keyed by the input paths of its function. */
interface WithFieldErrors { readonly fieldErrors: { readonly [path: string]: string[] | undefined } }

/** The server's validation messages for one field, shown next to it. */
export function FieldErrors({ error, field, id }: { error: WithFieldErrors | null; field: string; id?: string }) {
  const messages = error ? messagesFor(error.fieldErrors, field) : []
  if (messages.length === 0) return null
  return (
    <span className="field-error" id={id} role="alert">
      {messages.join(' ')}
    </span>
  )
}

/** Messages for `field`, whether the server names it plainly or under its parameter (`task.title`). */
function messagesFor(fields: WithFieldErrors['fieldErrors'], field: string): string[] {
  return Object.entries(fields)
    .filter(([path]) => path === field || path.endsWith(`.${field}`))
    .flatMap(([, messages]) => messages ?? [])
}
