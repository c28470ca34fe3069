import { defineConfig } from 'vite'

// `npm run dev` serves the UI with hot reload (client-rendered) and forwards the server's paths
// to a running backend (bin/example) on :8080; `npm run build` writes dist/, which the Maven
// build packs into the jar's static resources, and `vite build --ssr src/entry-server.tsx` the
// server entry for the JVM's render workers (dist-ssr/, packed as ssr/; docs/ssr.md).
const backend = 'http://localhost:8080'

export default defineConfig(({ isSsrBuild }) => ({
  oxc: { jsx: { runtime: 'automatic' } },
  // The server entry is React's production build only: NODE_ENV fixed at build time drops the
  // development branches (and their size) from dist-ssr/entry-server.js.
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: {
    proxy: {
      '/api': backend,
      '/login': backend,
      '/logout': backend,
    },
  },
  // The server entry is one self-contained module: the workers need no node_modules.
  ssr: { noExternal: true },
  build: { outDir: 'dist', emptyOutDir: true },
}))
