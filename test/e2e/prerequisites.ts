import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's Chromium (browser downloads do not work here, and users run the system one). */
export const chromiumPath = '/usr/bin/chromium';

/** Where Debian puts the Kamailio binary (sbin: not always on a normal user's PATH). */
export function kamailioBinary(): string | undefined {
  const dirs = ['/usr/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(':')];
  return dirs.map((dir) => join(dir, 'kamailio')).find((path) => existsSync(path));
}

/** Kamailio's module folder (`/usr/lib/<multiarch>/kamailio/modules`), if the WebSocket module is installed there. */
export function kamailioModules(): string | undefined {
  const lib = '/usr/lib';
  const candidates = [join(lib, 'kamailio/modules')];
  try {
    for (const entry of readdirSync(lib)) candidates.push(join(lib, entry, 'kamailio/modules'));
  } catch {
    // No /usr/lib: nothing installed.
  }
  return candidates.find((dir) => existsSync(join(dir, 'websocket.so')));
}

/** The one message to show when system packages are missing, or undefined when everything is installed. */
export function missingPackagesMessage(): string | undefined {
  const missing: string[] = [];
  if (!kamailioBinary()) missing.push('kamailio');
  if (!kamailioModules()) missing.push('kamailio-websocket-modules');
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (missing.length === 0) return undefined;
  return (
    `End-to-end tests need the Debian packages ${missing.join(', ')} (Kamailio with its WebSocket module, and Chromium ` +
    `at ${chromiumPath}). Install them with \`npm run setup:e2e\` ` +
    '(as root: apt-get install -y kamailio kamailio-websocket-modules chromium).'
  );
}
