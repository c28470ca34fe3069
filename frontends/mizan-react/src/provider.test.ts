import { MizanClient } from '@mizan/base'
import { act, createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { json } from '../../mizan-base/src/testing/fake-server.js'
import { MizanProvider, useMizanClient } from './provider.js'
import { useDom } from './testing/dom.js'
import { type MizanEscapeHatch, useMizan } from './use-mizan.js'

const dom = useDom()
const project = { name: 'project', rev: 1 }

describe('useMizan and the provider', () => {
  it('calls and fetches untyped on the current client, the fetch bypassing the cache', async () => {
    let hatch: MizanEscapeHatch | undefined
    function Hatch() {
      hatch = useMizan()
      return null
    }
    dom.server.route = (r) =>
      r.path === '/session/' ? json({ csrf_token: 't', user: null }) : r.path === '/call/' ? json({ result: 3 }) : json({ m: 1 })
    await dom.render(createElement(Hatch))
    await expect(hatch?.call<number>('add', { a: 1 })).resolves.toBe(3)
    await expect(hatch?.fetch('project', { projectId: 1 })).resolves.toEqual({ m: 1 })
    expect(dom.client.getState(project, { projectId: 1 }).status).toBe('idle')
  })

  it('creates a client for baseUrl when none is given', async () => {
    let seen: MizanClient | undefined
    function Probe() {
      seen = useMizanClient()
      return null
    }
    await act(async () => dom.root.render(createElement(MizanProvider, { baseUrl: '/x', children: createElement(Probe) })))
    const first = seen
    await act(async () => dom.root.render(createElement(MizanProvider, { baseUrl: '/x', children: createElement(Probe) })))
    expect(first).toBeInstanceOf(MizanClient)
    expect(seen).toBe(first)
  })

  it('refuses hooks outside a provider', () => {
    function Orphan() {
      useMizanClient()
      return null
    }
    expect(() => renderToString(createElement(Orphan))).toThrow(/MizanProvider/)
  })
})
