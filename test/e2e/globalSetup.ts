import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { runDir, stopStaleProcesses } from './processes';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built demo softphone (static files). */
    demoDir: string;
  }
}

/** Runs once before the end-to-end files: stops what a crashed previous run left behind, and builds the demo softphone. */
export default async function setup(project: TestProject): Promise<void> {
  await stopStaleProcesses();
  const demoDir = join(runDir, 'demo');
  await build({
    configFile: fileURLToPath(new URL('./demo/vite.config.ts', import.meta.url)),
    build: { outDir: demoDir },
    logLevel: 'warn',
  });
  project.provide('demoDir', demoDir);
}
