import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { missingPackagesMessage } from './prerequisites';

// Fail fast, with one message and nothing else, when the system packages are missing.
const missing = missingPackagesMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

/**
 * End to end: the demo softphone in Debian's Chromium against a real Kamailio. Separate from the `unit` and `storybook`
 * projects; run with `npm run test:e2e` after `npm run setup:e2e`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // One file at a time: each starts its own Kamailio and Chromium, and two cores are all there is.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
