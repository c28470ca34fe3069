import { type Ref, onScopeDispose, ref } from 'vue'

/** The project shown, from the address (`#/projects/2`), so a reload keeps it. */
export function useProjectRoute(): [Readonly<Ref<number | null>>, (id: number) => void] {
  const id = ref(parse())
  const onChange = () => {
    id.value = parse()
  }
  window.addEventListener('hashchange', onChange)
  onScopeDispose(() => window.removeEventListener('hashchange', onChange))
  return [id, (next) => { window.location.hash = `/projects/${next}` }]
}

function parse(): number | null {
  const match = /^#\/projects\/(\d+)$/.exec(window.location.hash)
  return match?.[1] ? Number(match[1]) : null
}
