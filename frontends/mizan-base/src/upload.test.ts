import { describe, expect, it } from 'vitest'
import { MizanClient } from './client.js'
import { MizanError } from './error.js'
import { MutationController } from './mutation.js'
import { BASE, type FakeRequest, fakeServer, flush, json, sessionRoute } from './testing/fake-server.js'
import { hasUploads, multipartBody } from './upload.js'

function clientWith(route: (request: FakeRequest) => Response | undefined) {
  const session = sessionRoute()
  const server = fakeServer((request) => session(request) ?? route(request))
  return { server, client: new MizanClient({ baseUrl: BASE, fetch: server.fetch }) }
}

function parts(form: FormData): Array<[string, string]> {
  return [...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : `file:${value.name}:${value.size}`])
}

describe('uploads', () => {
  it('finds files among the arguments, alone or in lists, but not in empty lists', () => {
    expect(hasUploads({ a: 1, b: 'x' })).toBe(false)
    expect(hasUploads({ file: new Blob(['x']) })).toBe(true)
    expect(hasUploads({ files: [new File(['x'], 'a.txt')] })).toBe(true)
    expect(hasUploads({ files: [] })).toBe(false)
    expect(hasUploads({ mixed: [new Blob(['x']), 1] })).toBe(false)
  })

  it('builds function, args without the files, then one part per file in argument order', () => {
    const form = multipartBody('attach', {
      note: 'hi',
      file: new File(['abc'], 'report.pdf'),
      more: [new Blob(['1']), new File(['22'], 'b.bin')],
      none: [],
    })
    expect(parts(form)).toEqual([
      ['function', 'attach'],
      ['args', '{"note":"hi","none":[]}'],
      ['file', 'file:report.pdf:3'],
      ['more', 'file:blob:1'],
      ['more', 'file:b.bin:2'],
    ])
  })

  it('sends a call with files as multipart with the CSRF token, letting fetch set the boundary', async () => {
    const { server, client } = clientWith(() => json({ result: 'stored', invalidate: [{ context: 'task' }] }))
    const seen: unknown[] = []
    const result = await client.call<string>(
      'attach',
      { taskId: 7, file: new File(['abc'], 'a.txt') },
      { onUploadProgress: (p) => seen.push(p) },
    )
    expect(result).toBe('stored')
    const [call] = server.to('/call/')
    expect(call?.headers.get('X-CSRF-Token')).toBe('t1')
    expect(call?.headers.get('Content-Type')).toBeNull()
    expect(call?.body).toBeInstanceOf(FormData)
    expect(parts(call?.body as FormData)).toEqual([
      ['function', 'attach'],
      ['args', '{"taskId":7}'],
      ['file', 'file:a.txt:3'],
    ])
    expect(seen).toEqual([{ loaded: 1, total: 1 }])
  })

  it('renews the CSRF token once and sends the files again', async () => {
    let refused = false
    const { server, client } = clientWith(() => {
      if (refused) return json({ result: 1 })
      refused = true
      return json({ error: { code: 'FORBIDDEN', message: 'csrf', details: { reason: 'csrf' } } }, 403)
    })
    await expect(client.call('attach', { file: new Blob(['x']) })).resolves.toBe(1)
    const calls = server.to('/call/')
    expect(calls).toHaveLength(2)
    expect(parts(calls[1]?.body as FormData)).toEqual([
      ['function', 'attach'],
      ['args', '{}'],
      ['file', 'file:blob:1'],
    ])
  })

  it('a mutation reports progress and can be cancelled, settling as ABORTED', async () => {
    const { server, client } = clientWith(() => undefined)
    const mutation = new MutationController<{ file: Blob }, string>(client, 'attach')
    const done = mutation.mutateAsync({ file: new Blob(['x']) }).catch((e: unknown) => e)
    await flush()
    expect(server.to('/call/', true)).toHaveLength(1)
    expect(mutation.getState().isPending).toBe(true)
    mutation.cancel()
    const error = await done
    expect(error).toBeInstanceOf(MizanError)
    expect((error as MizanError).code).toBe('ABORTED')
    expect(mutation.getState().status).toBe('error')
  })

  it('a finished upload leaves its progress in the success state', async () => {
    const { client } = clientWith(() => json({ result: 'ok' }))
    const mutation = new MutationController<{ file: Blob }, string>(client, 'attach')
    await mutation.mutateAsync({ file: new Blob(['x']) })
    expect(mutation.getState().progress).toEqual({ loaded: 1, total: 1 })
    expect(mutation.getState().data).toBe('ok')
  })
})
