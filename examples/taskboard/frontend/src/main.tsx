import { MizanClient } from '@mizan/base'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MizanContext } from './api'
import { App } from './App'
import './styles.css'

// Live: edits by anyone on the same project show up at once (docs/live-updates.md).
const client = new MizanClient({ baseUrl: '/api/mizan', live: true })

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MizanContext client={client}>
        <App />
      </MizanContext>
    </StrictMode>,
  )
}
