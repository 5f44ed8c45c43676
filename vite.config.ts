import { readdirSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import dts from 'vite-plugin-dts';

const localeTags = readdirSync(new URL('./src/i18n/locales', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.startsWith('en-US'))
  .map((file) => file.slice(0, -3));

/** One library entry per public subpath of the `exports` map. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  testing: 'src/testing/index.ts',
  ...Object.fromEntries(localeTags.map((tag) => [`locales/${tag}`, `src/i18n/locales/${tag}.ts`])),
};

const external = (id: string) => /^(react|react-dom|sip\.js)(\/|$)/.test(id);

export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true, entryRoot: 'src' }),
  ],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
