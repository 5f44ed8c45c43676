import { afterEach, describe, expect, it } from 'vitest';
import { enUS as en } from '../../src/i18n/locales/en-US';
import { setupE2E } from './harness';

const e2e = setupE2E();
// A test that failed half-way must not leave the next one without a server.
afterEach(() => e2e.kamailio.start());

describe('Kamailio goes away', () => {
  it('killed while ringing: "No connection" within seconds (not "Calling…" forever), the same while it is down, unlike a real 503; calls work again after a restart', async () => {
    const alice = await e2e.openPhone({ user: 'alice-ringing' });
    const id = await alice.dial('ring');
    await alice.waitForPhase('ringing', id);
    const killedAt = Date.now();
    await e2e.kamailio.stop();
    const view = await alice.waitForPhase('ended', id, 5000);
    expect(Date.now() - killedAt).toBeLessThan(3000);
    expect(view).toMatchObject({
      cause: 'CONNECTION_ERROR',
      severity: 'error',
      title: en['end.CONNECTION_ERROR.title'],
      description: en['end.CONNECTION_ERROR.description'],
      alert: `${en['end.CONNECTION_ERROR.title']} ${en['end.CONNECTION_ERROR.description']}`,
    });
    expect(view.actions.map((action) => action.action)).toEqual(['retry', 'dismiss']);
    await alice.screenshot('killed-while-ringing');
    await alice.expectNoAxeViolations();

    // Server down: a new call fails at once with the same explanation, where a real 503 says "Service problem".
    const down = await alice.dial('overloaded');
    expect(await alice.waitForPhase('ended', down)).toMatchObject({
      cause: 'CONNECTION_ERROR',
      title: en['end.CONNECTION_ERROR.title'],
    });
    await e2e.kamailio.start();
    await alice.waitForAccount('registered');
    const real = await alice.dial('overloaded');
    expect(await alice.waitForPhase('ended', real)).toMatchObject({
      cause: 'SIP_FAILURE_CODE',
      title: en['end.SERVER_ERROR.title'],
      description: en['end.SERVER_ERROR.description'],
    });
    const next = await alice.dial('busy');
    expect(await alice.waitForPhase('ended', next)).toMatchObject({ cause: 'BUSY', title: en['end.BUSY.title'] });
  });

  it('killed while connected: both sides warn that the connection is lost, the call goes on; after a restart the next call works', async () => {
    const bob = await e2e.openPhone({ user: 'bob-outage' });
    const alice = await e2e.openPhone({ user: 'alice-outage' });
    const id = await alice.dial('bob-outage');
    await bob.waitForIncoming();
    await bob.press('Answer');
    await alice.waitForPhase('connected', id);
    await bob.waitForPhase('connected', id);

    await e2e.kamailio.stop();
    for (const phone of [alice, bob]) {
      await phone.page.waitForSelector(`[data-call-id="${id}"] > section[data-connection="lost"]`, { timeout: 5000 });
      const view = await phone.status(id);
      expect(view).toMatchObject({ phase: 'connected', severity: 'warning', description: en['connection.lost'] });
      expect(view.title).toMatch(/^In call \d+:\d\d$/);
    }
    await alice.screenshot('connection-lost');
    await alice.expectNoAxeViolations();

    await e2e.kamailio.start();
    await alice.waitForAccount('registered');
    await bob.waitForAccount('registered');
    await alice.page.waitForSelector(`[data-call-id="${id}"] > section[data-phase="connected"]:not([data-connection])`);
    // The new Kamailio cannot reach the old WebSocket connections, but each side still ends its own call.
    await alice.press('Hang up');
    expect(await alice.waitForPhase('ended', id)).toMatchObject({
      cause: 'BYE',
      description: en['end.BYE.description'],
    });
    if ((await bob.status(id)).phase !== 'ended') await bob.press('Hang up');
    expect((await bob.waitForPhase('ended', id)).cause).toBe('BYE');

    const next = await alice.dial('bob-outage');
    await bob.waitForIncoming();
    await bob.press('Answer');
    await alice.waitForPhase('connected', next);
    await alice.press('Hang up');
    expect(await bob.waitForPhase('ended', next)).toMatchObject({ description: en['end.BYE_REMOTE.description'] });
  });
});
