import { MizanClient } from '@mizan/base'
import { StrictMode, act, createElement, type ReactNode } from 'react'
import { type Root, createRoot } from 'react-dom/client'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import {
  BASE,
  type FakeRequest,
  type FakeServer,
  fakeServer,
  flush,
  json,
  sessionRoute,
} from '../../../mizan-base/src/testing/fake-server.js'
import { MizanProvider } from '../provider.js'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

interface Setup {
  readonly server: FakeServer
  readonly client: MizanClient
  readonly container: HTMLElement
  readonly root: Root
  readonly consoleError: ReturnType<typeof vi.spyOn>
}

/** A DOM root and a client on a fake server whose calls answer `done` and invalidate `project`. */
export class Dom {
  #setup: Setup | undefined

  get server(): FakeServer {
    return this.#current().server
  }

  get client(): MizanClient {
    return this.#current().client
  }

  get container(): HTMLElement {
    return this.#current().container
  }

  get root(): Root {
    return this.#current().root
  }

  /** Renders `node` under a MizanProvider for the client, optionally in StrictMode. */
  async render(node: ReactNode, strict = false): Promise<void> {
    const tree = createElement(MizanProvider, { client: this.client, children: node })
    await act(async () => this.root.render(strict ? createElement(StrictMode, null, tree) : tree))
  }

  /** Answers the oldest open context fetch. */
  async answer(body: unknown): Promise<void> {
    const open = this.contextFetches().filter((r) => r.open)[0]
    if (open === undefined) throw new Error('no open context fetch')
    await act(async () => {
      open.respond(json(body))
      await flush()
    })
  }

  contextFetches(): FakeRequest[] {
    return this.server.requests.filter((r) => r.path.startsWith('/ctx/'))
  }

  start(): void {
    // React reports unstable snapshots, act() misuse and update loops through console.error.
    const consoleError = vi.spyOn(console, 'error')
    const session = sessionRoute()
    const server = fakeServer(
      (r) => session(r) ?? (r.path === '/call/' ? json({ result: 'done', invalidate: [{ context: 'project' }] }) : undefined),
    )
    const container = document.createElement('div')
    document.body.appendChild(container)
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
    this.#setup = { server, client, container, root: createRoot(container), consoleError }
  }

  async stop(): Promise<void> {
    const { root, container, consoleError } = this.#current()
    this.#setup = undefined
    await act(async () => root.unmount())
    container.remove()
    consoleError.mockRestore()
    expect(consoleError).not.toHaveBeenCalled()
  }

  #current(): Setup {
    if (this.#setup === undefined) throw new Error('the DOM harness is used outside a test')
    return this.#setup
  }
}

/** A fresh {@link Dom} for each test; a test fails if React wrote to console.error. */
export function useDom(): Dom {
  const dom = new Dom()
  beforeEach(() => dom.start())
  afterEach(() => dom.stop())
  return dom
}
