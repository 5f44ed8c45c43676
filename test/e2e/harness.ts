import { dirname } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { type LaunchedBrowser, launchChromium } from './browser';
import { Kamailio } from './kamailio';
import { type PhoneOptions, PhonePage } from './PhonePage';
import { freeTcpPort } from './processes';

/** What a test file gets from {@link setupE2E}: a running Kamailio, the demo on a Vite preview server, and Chromium. */
export interface E2E {
  readonly kamailio: Kamailio;
  /** Opens the demo softphone in a fresh browser context (one "device"); closed after the test, or after the file when opened in a beforeAll. */
  openPhone(options: PhoneOptions, browser?: LaunchedBrowser): Promise<PhonePage>;
  /** A second Chromium without the fake media permission prompt, where the microphone is refused. Started on first use. */
  deniedBrowser(): Promise<LaunchedBrowser>;
}

/**
 * Starts Kamailio, the demo's preview server and Chromium before the file's tests, and stops all of them (processes by
 * PID) after, whatever happened.
 */
export function setupE2E(): E2E {
  let kamailio: Kamailio | undefined;
  let server: PreviewServer | undefined;
  let chromium: LaunchedBrowser | undefined;
  let denied: LaunchedBrowser | undefined;
  let baseUrl = '';
  let inTest = false;
  const testContexts: BrowserContext[] = [];
  const phones: PhonePage[] = [];
  const fileContexts: BrowserContext[] = [];

  const closeContexts = async (contexts: BrowserContext[]) => {
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})));
  };

  const stopAll = async () => {
    await closeContexts(testContexts);
    await closeContexts(fileContexts);
    // Each stop in its own try: one failing must not leave the others running.
    for (const stop of [
      () => denied?.close(),
      () => chromium?.close(),
      () => server?.close(),
      () => kamailio?.stop(),
    ]) {
      try {
        await stop();
      } catch (error) {
        console.error('e2e: cleanup failed', error);
      }
    }
  };

  beforeAll(async () => {
    try {
      kamailio = await Kamailio.start();
      const demoDir = inject('demoDir');
      const port = await freeTcpPort();
      server = await preview({
        configFile: false,
        root: dirname(demoDir),
        build: { outDir: demoDir },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
        logLevel: 'warn',
      });
      baseUrl = `http://127.0.0.1:${port}/`;
      chromium = await launchChromium(`chromium-${process.pid}`);
    } catch (error) {
      await stopAll();
      throw error;
    }
  }, 30_000);
  afterAll(stopAll, 30_000);
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await closeContexts(testContexts);
    const errors = phones.flatMap((phone) => phone.errors.splice(0));
    expect(errors, 'uncaught errors in the demo page').toEqual([]);
  });

  return {
    get kamailio() {
      if (!kamailio) throw new Error('Kamailio is not running');
      return kamailio;
    },
    async openPhone(options, browser) {
      const launched = browser ?? chromium;
      if (!launched || !kamailio) throw new Error('The browser is not running');
      const granted = launched === chromium;
      const context = await launched.browser.newContext(granted ? { permissions: ['microphone'] } : {});
      (inTest ? testContexts : fileContexts).push(context);
      const phone = await PhonePage.open(context, baseUrl, kamailio.url, options);
      phones.push(phone);
      return phone;
    },
    async deniedBrowser() {
      denied ??= await launchChromium(`chromium-denied-${process.pid}`, { grantMedia: false });
      return denied;
    },
  };
}
