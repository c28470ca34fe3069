import { useEffect, useState } from 'react'
import { useBoardPresenceChannel } from '../api/react-channels'

/** How long a board that said it is here counts as here without saying it again. */
const STALE_MS = 25_000
const REPEAT_MS = 10_000

/**
 * Who else is on the board, over the `board_presence` channel: this board says it is here when
 * it opens and every few seconds, and answers a newcomer at once so that both see each other.
 */
export function Presence() {
  const [seen, setSeen] = useState<Record<string, number>>({})
  const [, tick] = useState(0)
  const publish = useBoardPresenceChannel({}, (message) => {
    setSeen((current) => {
      const known = (current[message.name] ?? 0) > Date.now() - STALE_MS
      if (message.here && !known) void publish({ name: '', here: true }).catch(() => undefined)
      return { ...current, [message.name]: message.here ? Date.now() : 0 }
    })
  })
  useEffect(() => {
    const here = () => void publish({ name: '', here: true }).catch(() => undefined)
    here()
    const repeat = setInterval(() => {
      here()
      tick((n) => n + 1)
    }, REPEAT_MS)
    return () => {
      clearInterval(repeat)
      void publish({ name: '', here: false }).catch(() => undefined)
    }
  }, [publish])
  const names = Object.entries(seen)
    .filter(([, at]) => at > Date.now() - STALE_MS)
    .map(([name]) => name)
    .sort()
  return (
    <span className="presence" data-testid="presence" data-names={names.join(',')}>
      {names.length > 0 ? `On the board: ${names.join(', ')}` : ''}
    </span>
  )
}
