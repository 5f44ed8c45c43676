// Loads the built package through its own `exports` map, as a consumer would, and checks that the
// framework-free `core` entry never reaches React at run time (directly or through a shared chunk).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const core = await import('sip-call-status/core');
assert.equal(core.causeFromStatusCode(486), 'Busy', "causeFromStatusCode(486) from 'sip-call-status/core'");
console.log("ok: import('sip-call-status/core') resolves through the exports map; causeFromStatusCode(486) === 'Busy'");

/** Every file reachable from `entry` through relative imports, and every bare specifier they import. */
function importGraph(entry) {
  const files = new Set();
  const bare = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g);
    for (const [, , specifier] of specifiers) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return { files: [...files].map((file) => relative(root, file)), bare: [...bare] };
}

const graph = importGraph(join(root, 'dist/core.js'));
const reactImports = graph.bare.filter((specifier) => /^react(-dom)?(\/|$)/.test(specifier));
assert.deepEqual(reactImports, [], `dist/core.js reaches React through ${graph.files.join(', ')}`);
console.log(
  `ok: dist/core.js import graph (${graph.files.join(', ')}) has no react import; bare imports: ${graph.bare.join(', ') || 'none'}`,
);

// The in-memory SIP peer is for tests and demos: it must never ride along in an app's bundle.
for (const entry of ['dist/index.js', 'dist/core.js']) {
  const { files } = importGraph(join(root, entry));
  assert.ok(!files.includes('dist/testing.js'), `${entry} imports the testing entry`);
  const sandbox = files.filter((file) => readFileSync(join(root, file), 'utf8').includes('SandboxTransport'));
  assert.deepEqual(sandbox, [], `${entry} reaches the in-memory peer through ${sandbox.join(', ')}`);
}
console.log('ok: dist/index.js and dist/core.js never reach sip-call-status/testing');
