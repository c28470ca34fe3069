import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['vue-probe.test.ts'],
    environment: 'node',
    setupFiles: ['./dom-setup.mjs'],
    testTimeout: 60_000,
  },
})
