import { Inviter, type Session, SessionState, UserAgent } from 'sip.js';
import { createSandboxUserAgent, type SandboxUserAgent } from '../src/testing';

/** Resolves after `ms` milliseconds (a macrotask, so pending microtasks and React's sync work run first). */
export const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A stopwatch of this process's CPU time in milliseconds. On a shared, busy machine wall time includes every moment
 * another process held the core; CPU time does not, so it is the fairer clock for work done synchronously.
 */
export function cpuTimer(): () => number {
  const start = process.cpuUsage();
  return () => {
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
}

/** Runs each variant once per round, alternating which goes first, so drift and noise hit all alike. */
export async function interleave<K extends string, T>(
  rounds: number,
  variants: Record<K, () => T | Promise<T>>,
): Promise<Record<K, T[]>> {
  const names = Object.keys(variants) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) results[name].push(await variants[name]());
  }
  return results;
}

/** One full garbage collection, now (node runs with --expose-gc). */
export function fullGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  gc();
}

/** Full garbage collection, repeated across macrotasks so finalizers and weak references settle. */
export async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    fullGc();
    await tick(10);
  }
}

/** A started sandbox UserAgent (in-memory peer, fake media). */
export async function startSandbox(): Promise<SandboxUserAgent> {
  const sandbox = createSandboxUserAgent();
  await sandbox.userAgent.start();
  return sandbox;
}

/** An Inviter to the sandbox peer's scenario `name` (e.g. `busy`, `hangup`, `ring`, `answer`). */
export function dial(userAgent: UserAgent, name: string): Inviter {
  const target = UserAgent.makeURI(`sip:${name}@sandbox`);
  if (!target) throw new Error(`bad scenario ${name}`);
  return new Inviter(userAgent, target);
}

/** Resolves once the session is Terminated, removing its own listener so listener counts stay honest. */
export function terminated(session: Session): Promise<void> {
  return new Promise((resolve) => {
    if (session.state === SessionState.Terminated) return resolve();
    const onState = (state: SessionState) => {
      if (state !== SessionState.Terminated) return;
      session.stateChange.removeListener(onState);
      resolve();
    };
    session.stateChange.addListener(onState);
  });
}

/** How many listeners a SIP.js emitter holds (its private `listeners` array). */
export function listenerCount(emitter: unknown): number {
  return (emitter as { listeners: unknown[] }).listeners.length;
}

/** Rounds to `digits` decimals for the table and the JSON. */
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
