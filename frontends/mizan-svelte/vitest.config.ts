import { fileURLToPath } from 'node:url'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    // Test against the kernel's sources, not a possibly stale build; Svelte's browser runtime.
    alias: [
      { find: /^@mizan\/base\/channels$/, replacement: fileURLToPath(new URL('../mizan-base/src/channels.ts', import.meta.url)) },
      { find: /^@mizan\/base$/, replacement: fileURLToPath(new URL('../mizan-base/src/index.ts', import.meta.url)) },
    ],
    conditions: ['browser'],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
  },
})
