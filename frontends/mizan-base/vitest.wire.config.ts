import { defineConfig } from 'vitest/config'

// The kernel against a real server (bin/test.d/25-kernel-wire.sh); needs Java and the fixture jar.
export default defineConfig({
  test: {
    include: ['wire/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
