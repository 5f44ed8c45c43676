import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from './prerequisites';
import { forgetPid, recordPid, stopPid } from './processes';

/** Headless as root, without any network chatter of its own; WebRTC on loopback with fake devices. */
const baseArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

/** A Chromium the suite started, with its PID. */
export interface LaunchedBrowser {
  readonly browser: Browser;
  readonly pid: number;
  /** Closes the browser, then makes sure its process is gone (by PID). */
  close(): Promise<void>;
}

/**
 * Launches Chromium through a Playwright browser server (which gives us the browser's PID). `grantMedia: false` leaves out
 * `--use-fake-ui-for-media-stream`, so getUserMedia is refused unless a context grants the microphone: the denied case.
 */
export async function launchChromium(name: string, { grantMedia = true } = {}): Promise<LaunchedBrowser> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    // Without the fake UI, a permission prompt would wait for a click that never comes: refuse it at once.
    args: [...baseArgs, grantMedia ? '--use-fake-ui-for-media-stream' : '--deny-permission-prompts'],
  });
  const pid = server.process().pid;
  if (pid === undefined) {
    await server.kill();
    throw new Error(`${chromiumPath} did not start`);
  }
  // Playwright gives every browser a fresh temporary profile with this prefix in its command line.
  recordPid(name, pid, 'playwright_chromiumdev_profile');
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    pid,
    async close() {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
      await stopPid(pid);
      forgetPid(name);
    },
  };
}
