import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['react-probe.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
