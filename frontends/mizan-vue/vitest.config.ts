import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Test against the kernel's sources, not a possibly stale build.
    alias: [
      { find: /^@mizan\/base\/channels$/, replacement: fileURLToPath(new URL('../mizan-base/src/channels.ts', import.meta.url)) },
      { find: /^@mizan\/base$/, replacement: fileURLToPath(new URL('../mizan-base/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
  },
})
