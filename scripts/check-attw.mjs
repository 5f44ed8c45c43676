// Runs "Are the types wrong?" on the packed package for ESM consumers. attw cannot see through the
// `./locales/*` wildcard, so each built locale is named explicitly; the stylesheet has no types to check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = join(root, 'dist/locales');
const locales = existsSync(localesDir)
  ? readdirSync(localesDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => `./locales/${file.slice(0, -3)}`)
  : [];

const args = ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css'];
if (locales.length > 0) args.push('--include-entrypoints', ...locales);
console.log(`attw ${args.join(' ')}`);
const { status } = spawnSync(join(root, 'node_modules/.bin/attw'), args, { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
