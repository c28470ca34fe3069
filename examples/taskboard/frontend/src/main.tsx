import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MizanContext } from './api'
import { App } from './App'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MizanContext baseUrl="/api/mizan">
        <App />
      </MizanContext>
    </StrictMode>,
  )
}
