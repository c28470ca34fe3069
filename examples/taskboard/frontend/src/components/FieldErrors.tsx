interface WithFieldErrors { readonly fieldErrors: Record<string, string[]> }

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
function messagesFor(fields: Record<string, string[]>, field: string): string[] {
  return Object.entries(fields)
    .filter(([path]) => path === field || path.endsWith(`.${field}`))
    .flatMap(([, messages]) => messages)
}
