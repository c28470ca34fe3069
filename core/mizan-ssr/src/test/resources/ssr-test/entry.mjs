// A server entry without React, for the pool's tests: the same contract as an application's
// (render(url, { fetch }) → { stream, dehydrate }), with pages that misbehave on purpose.
export async function render(url, { fetch }) {
  const path = new URL(url, 'http://x').pathname
  if (path === '/throws') throw new Error('the page threw')
  if (path === '/exits') process.exit(3)
  if (path === '/never') await new Promise(() => {})
  if (path === '/env') return { stream: new ReadableStream({ start(c) { c.enqueue(`<p>NODE_ENV=${process.env.NODE_ENV}</p>`); c.close() } }), dehydrate: () => ({ contexts: [] }) }
  const answer = await fetch(`/api/mizan/ctx/project/?projectId=${path.split('/').pop()}`)
  const data = await answer.json()
  const html = answer.status === 200 ? `<h1>${data.title}</h1>` : `<p>${answer.status}</p>`
  return {
    status: 200,
    stream: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(html)); c.close() } }),
    dehydrate: () => ({ contexts: answer.status === 200 ? [{ name: 'project', rev: 1, params: { projectId: path.split('/').pop() }, data }] : [] }),
  }
}
