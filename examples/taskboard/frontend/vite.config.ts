import { defineConfig } from 'vite'

// `npm run dev` serves the UI with hot reload and forwards the server's paths to a running
// backend (bin/example) on :8080; `npm run build` writes dist/, which the Maven build packs into
// the jar's static resources.
const backend = 'http://localhost:8080'

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    proxy: {
      '/api': backend,
      '/login': backend,
      '/logout': backend,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
})
