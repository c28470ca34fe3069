// A server entry for the Vert.x page tests: the page shows who the bridge said the caller is (the
// JVM answers GET /ctx/who/ as for the page's caller), and throws for /pages/broken.
export async function render(url, io) {
  if (new URL(url, 'http://x').pathname === '/pages/broken') throw new Error('the page threw')
  const answer = await io.fetch('/api/mizan/ctx/who/')
  const body = await answer.json()
  const html = `<p>${answer.status} ${body.who_is}</p>`
  return {
    stream: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(html)); c.close() } }),
    dehydrate: () => ({ contexts: [{ name: 'who', rev: 1, params: {}, data: body }] }),
  }
}
