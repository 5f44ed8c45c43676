import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CallTimings } from './demo/probe';

/** Query-string settings of the demo softphone (see demo/phone.ts). */
export interface PhoneOptions {
  user: string;
  password?: string;
  locale?: string;
  /** Register to receive calls; on by default. */
  register?: boolean;
  autoReject?: number;
  retryAfter?: number;
  noAnswer?: number;
}

/** One action button of `<CallStatus>`. */
export interface ActionView {
  readonly action: string;
  readonly label: string;
  readonly enabled: boolean;
}

/** What `<CallStatus>` shows for a call, read from the live page. */
export interface StatusView {
  readonly phase: string;
  readonly direction: string;
  readonly cause: string | undefined;
  readonly severity: string;
  readonly connection: string | undefined;
  readonly dir: string;
  readonly lang: string;
  readonly title: string;
  /** Whether the title is rendered visibly (not hidden, has a box). */
  readonly visible: boolean;
  readonly description: string;
  /** The Retry-After sentence, if any. */
  readonly note: string;
  /** The live regions' texts. */
  readonly alert: string;
  readonly status: string;
  readonly actions: readonly ActionView[];
  /** [label, value] rows of the details disclosure. */
  readonly details: readonly (readonly [string, string])[];
}

/** Screenshots for people to look at (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

// The axe-core that @axe-core/playwright itself uses, injected only once per page: re-evaluating its source on every
// check costs more than the check itself.
const requireFromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = `if (!window.axe) {${readFileSync(requireFromAxeBuilder.resolve('axe-core/axe.min.js'), 'utf8')}}`;

const statusOf = (callId: string) => `[data-call-id="${callId}"] > section`;

/** The demo softphone in one browser page, driven the way a user would. */
export class PhonePage {
  /** Uncaught errors and unhandled rejections in the page (the harness fails a test that leaves any). */
  readonly errors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly options: PhoneOptions,
  ) {
    page.on('pageerror', (error) => this.errors.push(String(error)));
  }

  /** Opens the demo in a new page of `context` and waits until it is connected (and registered, unless told not to). */
  static async open(context: BrowserContext, baseUrl: string, server: string, options: PhoneOptions) {
    const page = await context.newPage();
    const phone = new PhonePage(page, options);
    const query = new URLSearchParams({ server, locale: 'en-US' });
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) query.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
    await page.goto(`${baseUrl}?${query}`);
    await phone.waitForAccount(options.register === false ? 'off' : 'registered');
    return phone;
  }

  /** Waits for the connection to be up and the registration in `registration` state. */
  async waitForAccount(registration: string, timeout = 10_000): Promise<void> {
    await this.page.waitForSelector(`#account[data-connection="connected"][data-registration="${registration}"]`, {
      timeout,
    });
  }

  /** The id (SIP Call-ID) of the call the page shows, if any. */
  currentCallId(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('[data-call-id]')?.getAttribute('data-call-id') ?? null);
  }

  /** Waits until the page shows a call other than `previous`, and returns its id. */
  async nextCallId(previous: string | null, timeout = 10_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      (before) => {
        const id = document.querySelector('[data-call-id]')?.getAttribute('data-call-id');
        return id && id !== before ? id : null;
      },
      previous,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  }

  /** Types `target`, presses Call, and returns the new call's id. */
  async dial(target: string): Promise<string> {
    const previous = await this.currentCallId();
    await this.page.fill('#target', target);
    await this.page.getByRole('button', { name: 'Call', exact: true }).click();
    return this.nextCallId(previous);
  }

  /** Clicks an action of the current call's status (the `index`-th one with that id, e.g. the second redirect target). */
  async act(action: string, index = 0): Promise<void> {
    await this.page.locator(`[data-call-id] > section button[data-action="${action}"]`).nth(index).click();
  }

  /** Clicks a button of the softphone itself by its text (Answer, Decline, Hang up). */
  async press(name: 'Answer' | 'Decline' | 'Hang up'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Waits until the current call (or the call `callId`) is in `phase`, and returns what the status shows. */
  async waitForPhase(phase: string, callId?: string, timeout = 10_000): Promise<StatusView> {
    const id = callId ?? (await this.nextCallId(null, timeout));
    await this.page.waitForSelector(`${statusOf(id)}[data-phase="${phase}"]`, { timeout });
    // Two frames: React's passive effects (the Retry-After countdown's clock) have run and painted.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return this.status(id);
  }

  /** Waits for an incoming call to ring and returns its id. */
  async waitForIncoming(timeout = 10_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      () =>
        document.querySelector('[data-call-id] > section[data-direction="incoming"][data-phase="ringing"]')
          ?.parentElement?.dataset.callId ?? null,
      undefined,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  }

  /** What the status of call `callId` shows right now. */
  status(callId: string): Promise<StatusView> {
    return this.page.locator(statusOf(callId)).evaluate((section: HTMLElement): StatusView => {
      const text = (selector: string) => section.querySelector(selector)?.textContent ?? '';
      const title = section.querySelector<HTMLElement>('.scs-CallStatus-title');
      return {
        phase: section.dataset.phase ?? '',
        direction: section.dataset.direction ?? '',
        cause: section.dataset.cause,
        severity: section.dataset.severity ?? '',
        connection: section.dataset.connection,
        dir: section.dir,
        lang: section.lang,
        title: title?.textContent ?? '',
        visible: title?.checkVisibility() ?? false,
        description: text('.scs-CallStatus-description'),
        note: text('.scs-CallStatus-note'),
        alert: text('[role="alert"]'),
        status: text('[role="status"]'),
        actions: [...section.querySelectorAll<HTMLButtonElement>('button[data-action]')].map((button) => ({
          action: button.dataset.action ?? '',
          label: button.textContent ?? '',
          enabled: !button.disabled,
        })),
        details: [...section.querySelectorAll('details dl > div')].map(
          (row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? ''] as const,
        ),
      };
    });
  }

  /** The probe's timings for a call (see demo/probe.ts). */
  timings(callId: string): Promise<CallTimings | undefined> {
    return this.page.evaluate((id) => window.e2e.timings[id], callId);
  }

  /** Waits until the call's WebRTC peer connection is in `state` (real media between the two browsers). */
  async waitForMedia(callId: string, state: RTCPeerConnectionState, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(([id, wanted]) => window.e2e.media[id] === wanted, [callId, state] as const, {
      timeout,
    });
  }

  /** The Reason headers of the CANCELs the page received. */
  cancelReasons(): Promise<string[]> {
    return this.page.evaluate(() => [...window.e2e.cancelReasons]);
  }

  /** Texts of the SIP MESSAGEs the page received. */
  messages(): Promise<string[]> {
    return this.page.evaluate(() => [...window.e2e.messages]);
  }

  /** The history entries: [direction, message id]. */
  history(): Promise<Array<[string, string]>> {
    return this.page.$$eval('#history > li', (items) =>
      items.map((item) => [(item as HTMLElement).dataset.direction ?? '', (item as HTMLElement).dataset.message ?? '']),
    ) as Promise<Array<[string, string]>>;
  }

  /** Runs axe on the whole live page: every rule axe runs by default, in a real browser (contrast included). */
  async expectNoAxeViolations(): Promise<void> {
    // Legacy mode runs axe in the page itself; the default opens a blank page per check to merge frame results, and this
    // page has no frames.
    const results = await new AxeBuilder({ page: this.page, axeSource })
      .setLegacyMode(true)
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
    ).toEqual([]);
  }

  /** Saves a screenshot of the page to test/e2e/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    await this.page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
  }
}
