import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { kamailioBinary, kamailioModules } from './prerequisites';
import { forgetPid, freeTcpPort, freeUdpPort, isAlive, recordPid, runDir, stopPid } from './processes';

/** The project's own Kamailio configuration. */
export const kamailioConfig = fileURLToPath(new URL('./kamailio/kamailio.cfg', import.meta.url));

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** One Kamailio on 127.0.0.1 with the project's config, on ports picked at start; restartable on the same ports. */
export class Kamailio {
  private pid: number | undefined;
  private readonly logFile: string;

  private constructor(
    readonly wsPort: number,
    readonly sipPort: number,
    private readonly name: string,
  ) {
    this.logFile = join(runDir, `${name}.log`);
  }

  /** Picks free ports and starts Kamailio. */
  static async start(name = 'kamailio'): Promise<Kamailio> {
    const kamailio = new Kamailio(await freeTcpPort(), await freeUdpPort(), name);
    mkdirSync(runDir, { recursive: true });
    writeFileSync(kamailio.logFile, '');
    await kamailio.start();
    return kamailio;
  }

  /** The WebSocket URL SIP.js connects to. */
  get url(): string {
    return `ws://127.0.0.1:${this.wsPort}`;
  }

  /** Starts Kamailio in the foreground (so its PID is ours) and waits until its WebSocket port accepts connections. */
  async start(): Promise<void> {
    if (this.pid !== undefined && isAlive(this.pid)) return;
    const binary = kamailioBinary() ?? 'kamailio';
    const log = openSync(this.logFile, 'a');
    const child = spawn(
      binary,
      [
        ...['-f', kamailioConfig, '-L', kamailioModules() ?? '', '-DD', '-E', '-m', '64', '-M', '8'],
        ...['-Y', runDir, '-P', join(runDir, `${this.name}.main.pid`)],
        ...['-A', `WS_PORT=${this.wsPort}`, '-A', `SIP_PORT=${this.sipPort}`],
      ],
      { stdio: ['ignore', log, log] },
    );
    closeSync(log);
    if (child.pid === undefined) throw new Error(`Could not start ${binary}`);
    this.pid = child.pid;
    recordPid(this.name, child.pid, kamailioConfig);
    child.unref();
    for (let waited = 0; waited < 5000; waited += 20) {
      if (await canConnect(this.wsPort)) return;
      if (!isAlive(child.pid)) break;
      await sleep(20);
    }
    await this.stop();
    throw new Error(`Kamailio did not start on ws port ${this.wsPort}:\n${this.log().slice(-2000)}`);
  }

  /** Stops Kamailio by its PID (SIGTERM: it closes every WebSocket, as a crash or a restart would). */
  async stop(): Promise<void> {
    const pid = this.pid;
    this.pid = undefined;
    if (pid === undefined) return;
    await stopPid(pid);
    forgetPid(this.name);
  }

  /** Everything Kamailio logged since this run's first start. */
  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /**
   * When Kamailio sent its final response to each Call-ID (epoch ms), from the `E2E-SENT <Call-ID> <s.us> <code>` lines its
   * config logs right before replying; the last one per Call-ID wins (auth challenges come twice).
   */
  sentTimes(): Map<string, { at: number; status: number }> {
    const times = new Map<string, { at: number; status: number }>();
    for (const match of this.log().matchAll(/E2E-SENT (\S+) (\d+)\.(\d{6}) (\d{3})/g)) {
      const [, callId, seconds, micros, status] = match;
      if (callId) times.set(callId, { at: Number(seconds) * 1000 + Number(micros) / 1000, status: Number(status) });
    }
    return times;
  }
}
