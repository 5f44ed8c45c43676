import { existsSync, readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';

const localesDir = new URL('./src/i18n/locales/', import.meta.url);
const stylesFile = new URL('./src/components/CallStatus.css', import.meta.url);

/** Every `src/i18n/locales/<tag>.ts` except en-US, which the main entries build in; the folder may be empty or missing. */
const localeTags = existsSync(localesDir)
  ? readdirSync(localesDir)
      .filter((file) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(file) && file !== 'en-US.ts')
      .map((file) => file.slice(0, -3))
  : [];

/** One library entry per public subpath of the `exports` map. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  testing: 'src/testing/index.ts',
  ...Object.fromEntries(localeTags.map((tag) => [`locales/${tag}`, `src/i18n/locales/${tag}.ts`])),
};

/** Peers and their subpaths (react/jsx-runtime, sip.js/lib/...) stay imports: consumers bring their own copy. */
const external = (id: string) => /^(react|react-dom|sip\.js)(\/|$)/.test(id);

/** Fails the build if Rolldown ever drops the directive that makes RSC frameworks treat the main entry as client code. */
function requireUseClient(fileName: string): Plugin {
  return {
    name: 'sip-call-status:require-use-client',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = bundle[fileName];
      if (entry?.type === 'chunk' && !/^['"]use client['"];/.test(entry.code)) {
        this.error(`${fileName} must start with 'use client'`);
      }
    },
  };
}

/** Ships the stylesheet as `dist/styles.css`, whether or not a component imports it, once the file exists. */
function stylesheet(): Plugin {
  return {
    name: 'sip-call-status:stylesheet',
    apply: 'build',
    // After Vite's own CSS plugin, so a stylesheet that components import is not emitted twice.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const imported = bundle['styles.css'];
      if (imported?.type === 'asset' && typeof imported.source === 'string') {
        // Vite 8 leaves its internal hash marker in a library's single stylesheet.
        imported.source = imported.source.replace(/\/\*\$vite\$:\d+\*\//g, '');
        return;
      }
      if (!existsSync(stylesFile)) return;
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(stylesFile, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true, entryRoot: 'src' }),
    requireUseClient('index.js'),
    stylesheet(),
  ],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'], cssFileName: 'styles' },
    rolldownOptions: {
      external,
      // Bundling declaration files takes most of every build; the timing warning would always fire.
      checks: { bundlerTimings: false },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
