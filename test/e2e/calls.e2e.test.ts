import { describe, expect, it } from 'vitest';
import { enUS as en } from '../../src/i18n/locales/en-US';
import { createTranslator } from '../../src/index';
import { setupE2E } from './harness';
import type { PhonePage, StatusView } from './PhonePage';

const e2e = setupE2E();
const { t } = createTranslator({ locale: 'en-US' });

const actionsOf = (view: StatusView) => view.actions.map((action) => action.action);

/** Both pages pass axe in their current state. */
async function expectAccessible(...phones: PhonePage[]) {
  for (const phone of phones) await phone.expectNoAxeViolations();
}

describe('two browser pages calling each other through Kamailio', () => {
  it('callee busy (486 + Retry-After): the caller counts down, sends a message back, then calls again', async () => {
    const bob = await e2e.openPhone({ user: 'bob-busy', autoReject: 486, retryAfter: 3 });
    const alice = await e2e.openPhone({ user: 'alice-busy' });
    const id = await alice.dial('bob-busy');
    const view = await alice.waitForPhase('ended', id);
    expect(view).toMatchObject({
      cause: 'BUSY',
      title: en['end.BUSY.title'],
      description: en['end.BUSY.description'],
      note: t('details.retryAfter', { count: 3 }),
    });
    expect(actionsOf(view)).toEqual(['retry', 'messageBack', 'dismiss']);
    expect(view.actions[0]?.enabled).toBe(false);
    // Within a second: the kit may show one second too many at first (see the report on the countdown's clock).
    await expect
      .poll(async () => (await alice.status(id)).actions[0]?.label, { timeout: 1500, interval: 50 })
      .toBeOneOf([3, 2].map((count) => t('action.retryCountdown', { count })));
    expect(await bob.waitForPhase('ended', id)).toMatchObject({
      direction: 'incoming',
      title: en['end.DECLINED_LOCAL.title'],
      description: en['end.DECLINED_LOCAL.description'],
    });

    await alice.act('messageBack');
    const form = alice.page.locator(`[data-call-id="${id}"] form`);
    expect(await form.locator('textarea').inputValue()).toBe(en['messageBack.defaultText']);
    await form.getByRole('button', { name: en['messageBack.send'], exact: true }).click();
    await form.getByText(en['messageBack.sent']).waitFor();
    await bob.page.waitForFunction(() => window.e2e.messages.length > 0);
    expect(await bob.messages()).toEqual([en['messageBack.defaultText']]);
    expect(await bob.page.locator('#messages > li').allTextContents()).toEqual([en['messageBack.defaultText']]);
    await alice.screenshot('callee-busy-message-sent');
    await expectAccessible(alice, bob);

    // Retry-After over: "Call again" is enabled and calls the same number again.
    const retry = alice.page.locator(`[data-call-id="${id}"] button[data-action="retry"]:not([disabled])`);
    await retry.waitFor({ timeout: 5000 });
    expect(await retry.textContent()).toBe(t('action.retry'));
    await retry.click();
    const again = await alice.nextCallId(id);
    expect(await alice.waitForPhase('ended', again)).toMatchObject({ cause: 'BUSY', title: en['end.BUSY.title'] });
  });

  it('callee answers, real media flows, then the callee hangs up: the caller sees it ended on the other side', async () => {
    const bob = await e2e.openPhone({ user: 'bob-answers' });
    const alice = await e2e.openPhone({ user: 'alice-answers' });
    const id = await alice.dial('bob-answers');
    await bob.waitForIncoming();
    expect((await bob.status(id)).title).toMatch(/^Incoming call… \d+:\d\d$/);
    expect((await alice.waitForPhase('ringing', id)).title).toMatch(/^Ringing… \d+:\d\d$/);
    await bob.press('Answer');
    expect((await alice.waitForPhase('connected', id)).title).toMatch(/^In call \d+:\d\d$/);
    await bob.waitForPhase('connected', id);
    await alice.waitForMedia(id, 'connected');
    await bob.waitForMedia(id, 'connected');

    await bob.press('Hang up');
    const caller = await alice.waitForPhase('ended', id);
    expect(caller).toMatchObject({
      cause: 'BYE',
      severity: 'info',
      title: en['end.BYE_REMOTE.title'],
      description: 'The other person ended the call.',
    });
    expect(actionsOf(caller)).toEqual(['retry', 'dismiss']);
    const callee = await bob.waitForPhase('ended', id);
    expect(callee).toMatchObject({ cause: 'BYE', description: en['end.BYE.description'] });
    expect(actionsOf(callee)).toEqual(['callBack', 'dismiss']);
    await alice.screenshot('remote-hangup');
    await expectAccessible(alice, bob);
  });

  it('caller hangs up: "You ended the call." for the caller, the other side ended it for the callee', async () => {
    const bob = await e2e.openPhone({ user: 'bob-hungup' });
    const alice = await e2e.openPhone({ user: 'alice-hangs-up' });
    const id = await alice.dial('bob-hungup');
    await bob.waitForIncoming();
    await bob.press('Answer');
    await alice.waitForPhase('connected', id);
    await bob.waitForPhase('connected', id);
    await alice.press('Hang up');
    expect(await alice.waitForPhase('ended', id)).toMatchObject({
      cause: 'BYE',
      title: en['end.BYE.title'],
      description: en['end.BYE.description'],
    });
    const callee = await bob.waitForPhase('ended', id);
    expect(callee).toMatchObject({ cause: 'BYE', description: en['end.BYE_REMOTE.description'] });
    expect(actionsOf(callee)).toEqual(['callBack', 'dismiss']);
    await expectAccessible(alice, bob);
  });

  it('caller cancels while ringing: the callee sees a missed call and can call back', async () => {
    const bob = await e2e.openPhone({ user: 'bob-missed' });
    const alice = await e2e.openPhone({ user: 'alice-cancels' });
    const id = await alice.dial('bob-missed');
    await bob.waitForIncoming();
    await alice.waitForPhase('ringing', id);
    await alice.press('Hang up');
    const caller = await alice.waitForPhase('ended', id);
    expect(caller).toMatchObject({
      cause: 'CANCELED',
      title: en['end.CANCELED.title'],
      description: en['end.CANCELED.description'],
    });
    expect(actionsOf(caller)).toEqual(['retry', 'dismiss']);
    const missed = await bob.waitForPhase('ended', id);
    expect(missed).toMatchObject({
      cause: 'CANCELED',
      severity: 'info',
      title: 'Missed call',
      description: en['end.MISSED.description'],
    });
    expect(actionsOf(missed)).toEqual(['callBack', 'messageBack', 'dismiss']);
    expect(missed.actions[0]?.label).toBe(t('action.callBack'));
    expect(await bob.history()).toEqual([['incoming', 'MISSED']]);
    expect(await bob.cancelReasons()).not.toContainEqual(expect.stringContaining('cause=200'));
    await bob.screenshot('missed-call');
    await expectAccessible(alice, bob);

    // Call back dials the caller, who declines.
    await bob.act('callBack');
    const back = await bob.nextCallId(id);
    expect(await alice.waitForIncoming()).toBe(back);
    await alice.press('Decline');
    expect(await bob.waitForPhase('ended', back)).toMatchObject({ cause: 'REJECTED', title: en['end.REJECTED.title'] });
    expect(await alice.waitForPhase('ended', back)).toMatchObject({ title: en['end.DECLINED_LOCAL.title'] });
  });

  it('one user on two pages: the page that did not answer sees "answered on another device", not a missed call', async () => {
    const first = await e2e.openPhone({ user: 'carol' });
    const second = await e2e.openPhone({ user: 'carol' });
    const alice = await e2e.openPhone({ user: 'alice-forks' });
    const id = await alice.dial('carol');
    await first.waitForIncoming();
    await second.waitForIncoming();
    await second.press('Answer');
    const elsewhere = await first.waitForPhase('ended', id);
    expect(elsewhere).toMatchObject({
      cause: 'COMPLETED_ELSEWHERE',
      severity: 'info',
      title: 'Answered on another device',
      description: en['end.COMPLETED_ELSEWHERE.description'],
    });
    expect(actionsOf(elsewhere)).toEqual(['dismiss']);
    // Kamailio's tm cancels the other fork branch with RFC 3326's Reason (modparam local_cancel_reason).
    expect(await first.cancelReasons()).toEqual(['SIP;cause=200;text="Call completed elsewhere"']);
    expect(await first.history()).toEqual([['incoming', 'COMPLETED_ELSEWHERE']]);
    await alice.waitForPhase('connected', id);
    await second.waitForPhase('connected', id);
    await first.screenshot('answered-elsewhere');
    await expectAccessible(first);

    await alice.press('Hang up');
    expect(await second.waitForPhase('ended', id)).toMatchObject({ description: en['end.BYE_REMOTE.description'] });
  });

  it('callee never answers: SIP.js answers 480 for it; "Not available" for the caller, a missed call for the callee', async () => {
    const bob = await e2e.openPhone({ user: 'bob-away', noAnswer: 2 });
    const alice = await e2e.openPhone({ user: 'alice-waits' });
    const id = await alice.dial('bob-away');
    await bob.waitForIncoming();
    const caller = await alice.waitForPhase('ended', id, 8000);
    expect(caller).toMatchObject({
      cause: 'UNAVAILABLE',
      title: en['end.UNAVAILABLE.title'],
      description: en['end.UNAVAILABLE.description'],
    });
    expect(actionsOf(caller)).toEqual(['retry', 'messageBack', 'dismiss']);
    const callee = await bob.waitForPhase('ended', id);
    expect(callee).toMatchObject({ cause: 'NO_ANSWER', title: en['end.MISSED.title'] });
    expect(actionsOf(callee)).toEqual(['callBack', 'messageBack', 'dismiss']);
    await expectAccessible(alice, bob);
  });
});

describe('microphone denied', () => {
  it('for the caller: "Microphone blocked", with help to allow it, and nothing sent to the server', async () => {
    const alice = await e2e.openPhone({ user: 'alice-nomic', register: false }, await e2e.deniedBrowser());
    const id = await alice.dial('busy');
    const view = await alice.waitForPhase('ended', id);
    expect(view).toMatchObject({
      cause: 'USER_DENIED_MEDIA_ACCESS',
      severity: 'error',
      title: en['end.USER_DENIED_MEDIA_ACCESS.title'],
      description: en['end.USER_DENIED_MEDIA_ACCESS.description'],
    });
    expect(actionsOf(view)).toEqual(['grantMedia', 'retry', 'dismiss']);
    expect(e2e.kamailio.log()).not.toContain(id);

    const help = alice.page.getByText(en['help.grantMedia']);
    expect(await help.count()).toBe(0);
    await alice.act('grantMedia');
    expect(await help.isVisible()).toBe(true);
    expect(
      await alice.page.getAttribute(`[data-call-id="${id}"] button[data-action="grantMedia"]`, 'aria-expanded'),
    ).toBe('true');
    await alice.screenshot('microphone-blocked');
    await expectAccessible(alice);
  });

  it('for the callee: "Microphone blocked" when answering; SIP.js answers 480, so the caller sees "Not available"', async () => {
    const dave = await e2e.openPhone({ user: 'dave-nomic' }, await e2e.deniedBrowser());
    const alice = await e2e.openPhone({ user: 'alice-to-nomic' });
    const id = await alice.dial('dave-nomic');
    await dave.waitForIncoming();
    await dave.press('Answer');
    const callee = await dave.waitForPhase('ended', id);
    expect(callee).toMatchObject({
      cause: 'USER_DENIED_MEDIA_ACCESS',
      title: en['end.USER_DENIED_MEDIA_ACCESS.title'],
    });
    expect(actionsOf(callee)).toEqual(['grantMedia', 'callBack', 'dismiss']);
    expect(await alice.waitForPhase('ended', id)).toMatchObject({
      cause: 'UNAVAILABLE',
      title: en['end.UNAVAILABLE.title'],
    });
    await expectAccessible(dave);
  });
});
