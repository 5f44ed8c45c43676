import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The demo softphone: an app page (not a library build) that imports the kit from its sources in `src/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Its own dependency cache, so the demo's dev server never touches the one Storybook and the library build share.
  cacheDir: join(tmpdir(), 'sip-call-status-e2e', 'vite-cache'),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // All 42 locale packs in one chunk: fine for a local test page.
    chunkSizeWarningLimit: 2000,
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
