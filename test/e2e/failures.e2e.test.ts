import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arAE from '../../src/i18n/locales/ar-AE';
import { enUS } from '../../src/i18n/locales/en-US';
import { createTranslator, type EndMessageId, type MessageKey } from '../../src/index';
import { setupE2E } from './harness';
import { type LatencySample, latencyFigures, latencyOf, latencySummary } from './latency';
import type { PhonePage, StatusView } from './PhonePage';

const e2e = setupE2E();

/** A final response Kamailio gives (see the test numbers in kamailio/kamailio.cfg), and what the caller must see. */
interface Failure {
  /** What the user dials. */
  readonly number: string;
  readonly status: number;
  readonly phrase: string;
  /** The message pair shown (end.<message>.title / .description). */
  readonly message: EndMessageId;
  /** `data-cause`: the CallEndCause key. */
  readonly cause: string;
  readonly severity: 'info' | 'warning' | 'error';
  /** Action buttons, in order. */
  readonly actions: readonly string[];
  /** Retry-After seconds, when the response has one. */
  readonly retryAfter?: number;
  /** Redirect targets, in the order the buttons must come (highest q first). */
  readonly targets?: readonly string[];
  /** The Warning header, as the details show it. */
  readonly warning?: string;
  /** Called from an account that must authenticate (with a wrong password). */
  readonly auth?: true;
}

const tryLater = ['retry', 'messageBack', 'dismiss'];
const failures: readonly Failure[] = [
  {
    number: 'busy',
    status: 486,
    phrase: 'Busy Here',
    message: 'BUSY',
    cause: 'BUSY',
    severity: 'warning',
    actions: tryLater,
    retryAfter: 30,
  },
  {
    number: 'busyeverywhere',
    status: 600,
    phrase: 'Busy Everywhere',
    message: 'BUSY',
    cause: 'BUSY',
    severity: 'warning',
    actions: tryLater,
  },
  {
    number: 'forbidden',
    status: 403,
    phrase: 'Forbidden',
    message: 'FORBIDDEN',
    cause: 'REJECTED',
    severity: 'error',
    actions: ['dismiss'],
  },
  {
    number: 'decline',
    status: 603,
    phrase: 'Decline',
    message: 'REJECTED',
    cause: 'REJECTED',
    severity: 'warning',
    actions: tryLater,
  },
  {
    number: 'moved',
    status: 302,
    phrase: 'Moved Temporarily',
    message: 'REDIRECTED',
    cause: 'REDIRECTED',
    severity: 'info',
    actions: ['callRedirectTarget', 'dismiss'],
    targets: ['sip:decline@127.0.0.1'],
  },
  {
    number: 'multiple',
    status: 300,
    phrase: 'Multiple Choices',
    message: 'REDIRECTED',
    cause: 'REDIRECTED',
    severity: 'info',
    actions: ['callRedirectTarget', 'callRedirectTarget', 'dismiss'],
    targets: ['sip:decline@127.0.0.1', 'sip:gone@127.0.0.1'],
  },
  {
    number: 'gone',
    status: 410,
    phrase: 'Gone',
    message: 'UNAVAILABLE',
    cause: 'UNAVAILABLE',
    severity: 'warning',
    actions: tryLater,
  },
  {
    number: 'flowfailed',
    status: 430,
    phrase: 'Flow Failed',
    message: 'UNAVAILABLE',
    cause: 'UNAVAILABLE',
    severity: 'warning',
    actions: tryLater,
  },
  {
    number: 'unavailable',
    status: 480,
    phrase: 'Temporarily Unavailable',
    message: 'UNAVAILABLE',
    cause: 'UNAVAILABLE',
    severity: 'warning',
    actions: tryLater,
    retryAfter: 60,
  },
  // Not a test number: nobody registered as "nobody", so Kamailio's location lookup answers 404.
  {
    number: 'nobody',
    status: 404,
    phrase: 'Not Found',
    message: 'NOT_FOUND',
    cause: 'NOT_FOUND',
    severity: 'error',
    actions: ['editTarget', 'dismiss'],
  },
  {
    number: 'nowhere',
    status: 604,
    phrase: 'Does Not Exist Anywhere',
    message: 'NOT_FOUND',
    cause: 'NOT_FOUND',
    severity: 'error',
    actions: ['editTarget', 'dismiss'],
  },
  {
    number: 'incomplete',
    status: 484,
    phrase: 'Address Incomplete',
    message: 'ADDRESS_INCOMPLETE',
    cause: 'ADDRESS_INCOMPLETE',
    severity: 'error',
    actions: ['editTarget', 'dismiss'],
  },
  {
    number: 'badsdp',
    status: 488,
    phrase: 'Not Acceptable Here',
    message: 'INCOMPATIBLE_SDP',
    cause: 'INCOMPATIBLE_SDP',
    severity: 'error',
    actions: ['retry', 'dismiss'],
    warning: '305 Incompatible media format',
  },
  {
    number: 'notacceptable',
    status: 606,
    phrase: 'Not Acceptable',
    message: 'INCOMPATIBLE_SDP',
    cause: 'INCOMPATIBLE_SDP',
    severity: 'error',
    actions: ['retry', 'dismiss'],
  },
  {
    number: 'weird',
    status: 599,
    phrase: 'Weird Failure',
    message: 'SERVER_ERROR',
    cause: 'SIP_FAILURE_CODE',
    severity: 'error',
    actions: ['retry', 'dismiss'],
  },
  {
    number: 'servererror',
    status: 500,
    phrase: 'Server Internal Error',
    message: 'SERVER_ERROR',
    cause: 'SIP_FAILURE_CODE',
    severity: 'error',
    actions: ['retry', 'dismiss'],
  },
  // A real 503 from the server (the server being down is in outage.e2e.test.ts: "No connection").
  {
    number: 'overloaded',
    status: 503,
    phrase: 'Service Unavailable',
    message: 'SERVER_ERROR',
    cause: 'SIP_FAILURE_CODE',
    severity: 'error',
    actions: ['retry', 'dismiss'],
    retryAfter: 120,
  },
  // Wrong password: SIP.js answers the first challenge itself; the second one ends the call.
  {
    number: 'busy',
    status: 407,
    phrase: 'Proxy Authentication Required',
    message: 'AUTHENTICATION_ERROR',
    cause: 'AUTHENTICATION_ERROR',
    severity: 'error',
    actions: ['authenticate', 'dismiss'],
    auth: true,
  },
  {
    number: 'www',
    status: 401,
    phrase: 'Unauthorized',
    message: 'AUTHENTICATION_ERROR',
    cause: 'AUTHENTICATION_ERROR',
    severity: 'error',
    actions: ['authenticate', 'dismiss'],
    auth: true,
  },
];

const samples: LatencySample[] = [];
afterAll(() => {
  // biome-ignore lint/suspicious/noConsole: the latency figure is part of the suite's output.
  if (samples.length > 0) console.log(latencySummary(samples));
  // `npm run bench` reports these figures too.
  if (samples.length > 0)
    writeFileSync(new URL('./latency.json', import.meta.url), `${JSON.stringify(latencyFigures(samples), null, 2)}\n`);
});

/** Asserts everything the user sees for `failure` in `locale`. */
function expectFailureShown(view: StatusView, failure: Failure, locale: 'en-US' | 'ar-AE') {
  const { t } = createTranslator({ locale, locales: [arAE] });
  const pack: Partial<Record<MessageKey, unknown>> = locale === 'ar-AE' ? arAE.messages : enUS;
  // The locale file's own text, not a fallback.
  const title = pack[`end.${failure.message}.title`];
  const description = pack[`end.${failure.message}.description`];
  expect(typeof title).toBe('string');
  expect(view).toMatchObject({
    phase: 'ended',
    cause: failure.cause,
    severity: failure.severity,
    dir: locale === 'ar-AE' ? 'rtl' : 'ltr',
    lang: locale,
    title,
    description,
    visible: true,
  });
  // Errors are announced assertively, the rest politely; never both.
  const announced = `${title} ${description}`;
  expect([view.alert, view.status]).toEqual(failure.severity === 'error' ? [announced, ''] : ['', announced]);
  expect(view.actions.map((action) => action.action)).toEqual(failure.actions);
  expect(view.details).toContainEqual([t('details.status'), String(failure.status)]);
  expect(view.details).toContainEqual([t('details.reasonPhrase'), failure.phrase]);
  if (failure.warning) expect(view.details).toContainEqual([t('details.warning'), failure.warning]);

  const retry = view.actions.find((action) => action.action === 'retry');
  if (failure.retryAfter) {
    expect(view.note).toBe(t('details.retryAfter', { count: failure.retryAfter }));
    if (retry) {
      // Gated by Retry-After: disabled, counting down from the header's value.
      expect(retry.enabled).toBe(false);
      const counts = [failure.retryAfter, failure.retryAfter - 1].map((count) => t('action.retryCountdown', { count }));
      expect(counts).toContain(retry.label);
    }
  } else {
    expect(view.note).toBe('');
    if (retry) expect(retry).toMatchObject({ label: t('action.retry'), enabled: true });
  }
  const redirects = view.actions.filter((action) => action.action === 'callRedirectTarget');
  expect(redirects.map((action) => action.label)).toEqual(
    (failure.targets ?? []).map((target) => t('action.callRedirectTarget', { target: `\u2068${target}\u2069` })),
  );
  for (const action of view.actions) if (action.action !== 'retry') expect(action.enabled).toBe(true);
}

describe.each(['en-US', 'ar-AE'] as const)('every server-answered failure, in %s', (locale) => {
  const tag = locale === 'en-US' ? 'en' : 'ar';
  let caller: PhonePage;
  let authCaller: PhonePage;

  beforeAll(async () => {
    caller = await e2e.openPhone({ user: `caller-${tag}`, locale, register: false });
    authCaller = await e2e.openPhone({ user: `authcaller-${tag}`, password: 'wrong', locale, register: false });
  });

  it.each(failures.map((failure) => [`${failure.status} from ${failure.number}`, failure] as const))(
    '%s',
    async (_, failure) => {
      const phone = failure.auth ? authCaller : caller;
      const id = await phone.dial(failure.number);
      const view = await phone.waitForPhase('ended', id);
      expectFailureShown(view, failure, locale);
      const sample = await latencyOf(`${failure.status} ${failure.number} ${locale}`, e2e.kamailio, phone, id);
      expect(sample, 'timings from Kamailio and the page').toBeDefined();
      if (sample) samples.push(sample);
      await phone.expectNoAxeViolations();
      if (['busy', 'multiple', 'badsdp'].includes(failure.number) && !failure.auth) {
        await phone.screenshot(`${failure.status}-${failure.number}-${locale}`);
      }
    },
  );
});

describe('following up on a failure (en-US)', () => {
  const { t } = createTranslator({ locale: 'en-US' });
  let caller: PhonePage;

  beforeAll(async () => {
    caller = await e2e.openPhone({ user: 'follower', register: false });
  });

  it('counts the Retry-After of a 486 down, one second at a time', async () => {
    const id = await caller.dial('busy');
    const first = (await caller.waitForPhase('ended', id)).actions[0];
    expect(first).toMatchObject({ action: 'retry', enabled: false });
    await caller.page.waitForTimeout(1100);
    const later = (await caller.status(id)).actions[0];
    const count = (label: string | undefined) => Number(/\d+/.exec(label ?? '')?.[0]);
    expect(count(later?.label)).toBeLessThan(count(first?.label));
    expect(later?.label).toBe(t('action.retryCountdown', { count: count(later?.label) }));
  });

  it('dials a redirect target: the q=0.9 one first, and the call goes there', async () => {
    const id = await caller.dial('multiple');
    await caller.waitForPhase('ended', id);
    await caller.act('callRedirectTarget', 0);
    const next = await caller.nextCallId(id);
    const view = await caller.waitForPhase('ended', next);
    // sip:decline@… answers 603.
    expect(view).toMatchObject({ cause: 'REJECTED', title: enUS['end.REJECTED.title'] });
    expect(await caller.history()).toEqual(
      expect.arrayContaining([
        ['outgoing', 'REJECTED'],
        ['outgoing', 'REDIRECTED'],
      ]),
    );
    await caller.expectNoAxeViolations();
  });

  it('shows the Warning of a 488 when the details are opened', async () => {
    const id = await caller.dial('badsdp');
    await caller.waitForPhase('ended', id);
    const details = caller.page.locator(`[data-call-id="${id}"] details`);
    expect(await details.locator('dd').filter({ hasText: '305 Incompatible media format' }).isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('dd').filter({ hasText: '305 Incompatible media format' }).isVisible()).toBe(true);
    await caller.expectNoAxeViolations();
  });

  it('lets the user edit a number that was not found', async () => {
    const id = await caller.dial('nobody');
    await caller.waitForPhase('ended', id);
    await caller.act('editTarget');
    expect(await caller.page.evaluate(() => document.activeElement?.id)).toBe('target');
    expect(await caller.page.inputValue('#target')).toBe('nobody');
  });

  it('explains an address that cannot be dialed at all', async () => {
    const id = await caller.dial('not a number');
    const view = await caller.waitForPhase('ended', id);
    expect(view).toMatchObject({
      cause: 'INVALID_TARGET',
      title: enUS['end.INVALID_TARGET.title'],
      description: enUS['end.INVALID_TARGET.description'],
    });
    expect(view.actions.map((action) => action.action)).toEqual(['editTarget', 'dismiss']);
    await caller.expectNoAxeViolations();
  });

  it('after a wrong password, "Enter credentials" leads to the password field, and the right one gets through', async () => {
    const phone = await e2e.openPhone({ user: 'authfixer', password: 'wrong', register: false });
    const id = await phone.dial('busy');
    expect(await phone.waitForPhase('ended', id)).toMatchObject({
      cause: 'AUTHENTICATION_ERROR',
      title: enUS['end.AUTHENTICATION_ERROR.title'],
    });
    await phone.act('authenticate');
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('password');
    await phone.page.fill('#password', 'secret');
    const next = await phone.dial('busy');
    expect(await phone.waitForPhase('ended', next)).toMatchObject({ cause: 'BUSY', title: enUS['end.BUSY.title'] });
  });

  it('dismisses the status', async () => {
    const id = await caller.dial('decline');
    await caller.waitForPhase('ended', id);
    await caller.act('dismiss');
    expect(await caller.currentCallId()).toBeNull();
    expect(await caller.page.locator('#history > li').first().textContent()).toContain(enUS['end.REJECTED.title']);
  });
});
