import { MizanClient } from '@mizan/base'
import { type App, type Component, createApp, nextTick } from 'vue'
import { afterEach, beforeEach, vi } from 'vitest'
import { BASE, type FakeRequest, type FakeServer, fakeServer, flush, json, sessionRoute } from '../../../mizan-base/src/testing/fake-server.js'
import { createMizan } from '../plugin.js'

export { BASE, flush, json }

interface Setup {
  readonly server: FakeServer
  readonly client: MizanClient
  readonly container: HTMLElement
  app: App | undefined
  readonly warn: ReturnType<typeof vi.spyOn>
}

/** A DOM container and a client on a fake server whose calls answer `done` and invalidate `project`. */
export class Dom {
  #setup: Setup | undefined

  get server(): FakeServer {
    return this.#current().server
  }

  get client(): MizanClient {
    return this.#current().client
  }

  get text(): string {
    return this.#current().container.textContent ?? ''
  }

  /** Mounts `root` as a Vue app using createMizan with the client. */
  async mount(root: Component, props?: Record<string, unknown>): Promise<App> {
    const setup = this.#current()
    setup.app?.unmount()
    const app = createApp(root, props)
    app.use(createMizan({ client: setup.client }))
    app.mount(setup.container)
    setup.app = app
    await settle()
    return app
  }

  async unmount(): Promise<void> {
    const setup = this.#current()
    setup.app?.unmount()
    setup.app = undefined
    await settle()
  }

  /** Answers the oldest open context fetch. */
  async answer(body: unknown, status = 200): Promise<void> {
    const open = this.contextFetches().filter((r) => r.open)[0]
    if (open === undefined) throw new Error('no open context fetch')
    open.respond(json(body, status))
    await settle()
  }

  contextFetches(): FakeRequest[] {
    return this.server.requests.filter((r) => r.path.startsWith('/ctx/'))
  }

  start(): void {
    const session = sessionRoute()
    const server = fakeServer(
      (r) => session(r) ?? (r.path === '/call/' ? json({ result: 'done', invalidate: [{ context: 'project' }] }) : undefined),
    )
    const container = document.createElement('div')
    document.body.appendChild(container)
    // Vue reports misuse (bad injection, missing lifecycle owner, …) through console.warn.
    const warn = vi.spyOn(console, 'warn')
    this.#setup = { server, client: new MizanClient({ baseUrl: BASE, fetch: server.fetch }), container, app: undefined, warn }
  }

  stop(): void {
    const { app, container, warn } = this.#current()
    this.#setup = undefined
    app?.unmount()
    container.remove()
    warn.mockRestore()
    if (warn.mock.calls.length > 0) throw new Error(`Vue warned: ${String(warn.mock.calls[0])}`)
  }

  #current(): Setup {
    if (this.#setup === undefined) throw new Error('the DOM harness is used outside a test')
    return this.#setup
  }
}

/** Lets fetches answer and Vue re-render. */
export async function settle(): Promise<void> {
  await flush()
  await nextTick()
}

/** A fresh {@link Dom} for each test; a test fails if Vue warned. */
export function useDom(): Dom {
  const dom = new Dom()
  beforeEach(() => dom.start())
  afterEach(() => dom.stop())
  return dom
}
