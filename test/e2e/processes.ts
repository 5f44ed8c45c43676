import { createSocket } from 'node:dgram';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the suite keeps its PID files, logs and the built demo, outside the repository. */
export const runDir = join(tmpdir(), 'sip-call-status-e2e');

/** The first `nul`-separated word of a process's command line and the rest, or undefined when it is gone. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/** True while the process runs (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Direct children of a process, from /proc (Kamailio's workers, should its main process ever need SIGKILL). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesized name: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return children;
}

/** Stops one process by PID: SIGTERM, then SIGKILL (with its direct children) if it is still there after `graceMs`. */
export async function stopPid(pid: number, graceMs = 3000): Promise<void> {
  if (!isAlive(pid)) return;
  const children = childrenOf(pid);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < graceMs && isAlive(pid); waited += 20) await sleep(20);
  for (const victim of [pid, ...children]) {
    if (!isAlive(victim)) continue;
    try {
      process.kill(victim, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Remembers a process the suite started, so a run that died half-way can be cleaned up by the next one. */
export function recordPid(name: string, pid: number, marker: string): void {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, `${name}.process.json`), JSON.stringify({ pid, marker }));
}

/** Forgets a process recorded with {@link recordPid}. */
export function forgetPid(name: string): void {
  rmSync(join(runDir, `${name}.process.json`), { force: true });
}

/**
 * Stops what a previous run left behind: every recorded PID whose command line still contains its marker (so a PID the
 * system has since given to another program is left alone).
 */
export async function stopStaleProcesses(): Promise<void> {
  if (!existsSync(runDir)) return;
  for (const file of readdirSync(runDir).filter((name) => name.endsWith('.process.json'))) {
    try {
      const { pid, marker } = JSON.parse(readFileSync(join(runDir, file), 'utf8')) as { pid: number; marker: string };
      if (commandLine(pid)?.includes(marker)) await stopPid(pid);
    } catch {
      // Unreadable: nothing to stop.
    }
    rmSync(join(runDir, file), { force: true });
  }
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A UDP port on 127.0.0.1 that is free right now. */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
