import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['svelte-probe.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
  },
})
