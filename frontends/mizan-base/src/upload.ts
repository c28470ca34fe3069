import type { Params } from './types.js'

/** How far an upload has come: bytes sent of the request body, and its total when known. */
export interface UploadProgress {
  readonly loaded: number
  /** the body's size in bytes; `undefined` while the browser does not know it */
  readonly total: number | undefined
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob
}

/** Whether an argument value is an upload: a `File`/`Blob`, or a list holding one. */
function isUploadValue(value: unknown): boolean {
  return isBlob(value) || (Array.isArray(value) && value.length > 0 && value.every(isBlob))
}

/** Whether a call's arguments carry files, which makes the call multipart. */
export function hasUploads(args: Params): boolean {
  return Object.values(args).some(isUploadValue)
}

/**
 * The multipart body of a call: part `function`, part `args` (the JSON of every argument that is
 * not a file), then one part per file, repeated for a list, in argument order.
 */
export function multipartBody(fn: string, args: Params): FormData {
  const json: Params = {}
  const files: Array<[string, Blob]> = []
  for (const [name, value] of Object.entries(args)) {
    if (isBlob(value)) files.push([name, value])
    else if (isUploadValue(value) && Array.isArray(value)) for (const blob of value) files.push([name, blob as Blob])
    else json[name] = value
  }
  const form = new FormData()
  form.append('function', fn)
  form.append('args', JSON.stringify(json))
  for (const [name, blob] of files) form.append(name, blob, blob instanceof File ? blob.name : 'blob')
  return form
}

/** What an XMLHttpRequest answered, shaped like the parts of a fetch Response the transport reads. */
export interface RawAnswer {
  status: number
  ok: boolean
  text: string
  headers: Headers
}

/**
 * Sends a multipart call with XMLHttpRequest, the one browser API that reports upload progress;
 * an aborted `signal` aborts the request (rejecting with an `AbortError`).
 */
export function sendWithProgress(
  url: string,
  headers: Record<string, string>,
  body: FormData,
  credentials: RequestCredentials,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal | undefined,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = credentials === 'include'
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined })
    }
    const abort = () => xhr.abort()
    signal?.addEventListener('abort', abort, { once: true })
    const done = () => signal?.removeEventListener('abort', abort)
    xhr.onload = () => {
      done()
      resolve({ status: xhr.status, ok: xhr.status >= 200 && xhr.status < 300, text: xhr.responseText, headers: parseHeaders(xhr.getAllResponseHeaders()) })
    }
    xhr.onerror = () => {
      done()
      reject(new TypeError('Network failure during the upload'))
    }
    xhr.onabort = () => {
      done()
      reject(new DOMException('The upload was aborted', 'AbortError'))
    }
    if (signal?.aborted === true) {
      done()
      reject(new DOMException('The upload was aborted', 'AbortError'))
      return
    }
    xhr.send(body)
  })
}

function parseHeaders(text: string): Headers {
  const headers = new Headers()
  for (const line of text.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  return headers
}
