// A happy-dom document for the framework, set up before the probe's modules load, while fetch
// stays Node's own (the probe talks to a server on another origin, with its own cookie jar).
import { Window } from 'happy-dom'

const window = new Window({ url: 'http://localhost/' })
const globals = [
  'Node', 'Element', 'HTMLElement', 'Text', 'Comment', 'DocumentFragment', 'Event', 'CustomEvent',
  'MutationObserver', 'navigator', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame',
  'HTMLInputElement', 'HTMLTemplateElement', 'SVGElement',
]
Object.assign(globalThis, { window, document: window.document })
for (const name of globals) {
  if (!(name in globalThis) || name === 'Event' || name === 'CustomEvent') {
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true })
  }
}
