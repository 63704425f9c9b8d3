import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // jieba's dictionary load takes seconds, and the LSP/CLI tests spawn real processes
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
