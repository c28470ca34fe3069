// The conformance fixture's server entry (docs/ssr.md), shared by every adapter's fixture: the
// contract of an application's entry (render(url, { fetch }) → { stream, dehydrate }) without a UI
// framework. GET /ssr/project/ID renders the project's name and tasks and the caller's cart, each
// read through the bridge (the JVM answers as GET /ctx/ would answer the page's caller); the state
// holds every instance that answered 200, in the kernel's DehydratedState form (client.hydrate).
// The declared pages (FixturePages, docs/pages.md): /psr/ssr/ID is the same project page,
// /psr/edge/ID a catalog item as the caller's class sees it, /psr/static a page that reads nothing.

// The contexts' revisions, as the fixture's IR declares them (golden/fixture.kdl).
const REVS = { project: 3, cart: 1, catalog: 3 }

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])

const streamOf = (html) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(html))
      controller.close()
    },
  })

const read = (io) => async (name, params) => {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()
  const answer = await io.fetch(`/api/mizan/ctx/${name}/${query === '' ? '' : `?${query}`}`)
  return { name, rev: REVS[name], params, status: answer.status, data: await answer.json() }
}

const page = (html, instances = [], status = 200) => ({
  status,
  stream: streamOf(html),
  dehydrate: () => ({ contexts: instances.filter((r) => r.status === 200).map(({ name, rev, params, data }) => ({ name, rev, params, data })) }),
})

export async function render(url, io) {
  const { pathname } = new URL(url, 'http://fixture.invalid')
  if (pathname === '/psr/static') return page('<h1>About the fixture</h1><p>Rendered once, for nobody.</p>')
  const item = /^\/psr\/edge\/(\d+)$/.exec(pathname)
  if (item !== null) {
    const catalog = await read(io)('catalog', { itemId: Number(item[1]) })
    if (catalog.status !== 200) return page(`<p class="error">${escapeHtml(catalog.status)}</p>`, [])
    const shown = catalog.data.catalog_item
    return page(`<h1>${escapeHtml(shown.name)}</h1><p class="seen-as">${escapeHtml(shown.seenAs)}</p><p class="price">${escapeHtml(catalog.data.catalog_price)}</p>`, [catalog])
  }
  const match = /^\/(?:ssr\/project|psr\/ssr)\/(\d+)$/.exec(pathname)
  if (match === null) {
    return { status: 404, stream: streamOf('<p>No such page</p>'), dehydrate: () => ({ contexts: [] }) }
  }
  const projectId = Number(match[1])
  const [project, cart] = await Promise.all([read(io)('project', { projectId }), read(io)('cart', {})])
  let html
  if (project.status === 200) {
    const details = project.data.project_details
    const tasks = project.data.project_tasks.map((t) => `<li class="task">${escapeHtml(t.title)}</li>`).join('')
    html = `<h1>${escapeHtml(details.name)}</h1><ul>${tasks}</ul>`
  } else {
    html = `<p class="error">${escapeHtml(project.data?.error?.code ?? project.status)}</p>`
  }
  if (cart.status === 200) html += `<p class="cart">${escapeHtml(cart.data.my_cart)}</p>`
  const instances = [project, cart].filter((r) => r.status === 200)
  return {
    status: project.status === 404 ? 404 : 200,
    stream: streamOf(html),
    dehydrate: () => ({ contexts: instances.map(({ name, rev, params, data }) => ({ name, rev, params, data })) }),
  }
}
