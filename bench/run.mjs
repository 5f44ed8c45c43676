// Runs the benchmark: React's production build in a jsdom window, TypeScript bundled by esbuild, GC exposed.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  process.stderr.write('Run with `node --expose-gc bench/run.mjs` (npm run bench does).\n');
  process.exit(1);
}
// Before React is imported: it picks its build from NODE_ENV once.
process.env.NODE_ENV = 'production';
// The bench reads and writes files relative to the repository root (bench/results.json, test/e2e/latency.json).
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const { JSDOM } = await import('jsdom');
const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
// React DOM checks for a DOM when it loads; the bench's components only need these.
Object.assign(globalThis, { window, document: window.document, HTMLElement: window.HTMLElement, Node: window.Node });

const { build } = await import('esbuild');
const entry = process.argv[2] ?? 'bench.tsx';
const outDir = fileURLToPath(new URL('../node_modules/.cache/sip-call-status-bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const outfile = `${outDir}${entry.replace(/\.tsx?$/, '')}.mjs`;
await build({
  entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
