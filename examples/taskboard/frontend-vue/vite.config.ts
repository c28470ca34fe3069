import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// Served by the task board's backend under /vue/. `npm run dev` serves the UI with hot reload and
// forwards the server's paths to a running backend (bin/example) on :8080.
const backend = 'http://localhost:8080'

export default defineConfig({
  base: '/vue/',
  plugins: [vue()],
  server: {
    proxy: { '/api': backend, '/login': backend, '/logout': backend },
  },
  build: { outDir: 'dist', emptyOutDir: true },
})
