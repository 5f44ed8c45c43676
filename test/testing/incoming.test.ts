import { type Invitation, SessionState, SessionTerminatedError, type UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSandboxUserAgent,
  type FakeSessionDescriptionHandlerFactory,
  type SandboxPeer,
  type SandboxUserAgentOptions,
  shortenSipTimers,
} from '../../src/testing';

let restoreTimers = () => {};
let running: UserAgent[] = [];

beforeEach(() => {
  restoreTimers = shortenSipTimers({ T1: 5 });
});

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop()));
  running = [];
  restoreTimers();
});

interface Callee {
  userAgent: UserAgent;
  peer: SandboxPeer;
  media: FakeSessionDescriptionHandlerFactory;
  /** Resolves with the first incoming Invitation, its states recorded from then on. */
  invitation: Promise<Invitation>;
  states: SessionState[];
  terminated: Promise<void>;
}

async function startCallee(options: SandboxUserAgentOptions = {}): Promise<Callee> {
  const states: SessionState[] = [];
  let terminate = () => {};
  const terminated = new Promise<void>((resolve) => {
    terminate = resolve;
  });
  let receive = (_incoming: Invitation) => {};
  const invitation = new Promise<Invitation>((resolve) => {
    receive = resolve;
  });
  const onInvite = (incoming: Invitation) => {
    incoming.stateChange.addListener((state) => {
      states.push(state);
      if (state === SessionState.Terminated) terminate();
    });
    receive(incoming);
  };
  const sandbox = createSandboxUserAgent({ ...options, delegate: { onInvite } });
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return { ...sandbox, invitation, states, terminated };
}

describe('incoming calls played by the peer', () => {
  it('ring: SIP.js sends 100 and 180; the app accepts, the peer ACKs, the app hangs up', async () => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call('ring', { from: '"Carol" <sip:carol@sandbox>' });
    const incoming = await invitation;
    expect(incoming.remoteIdentity.uri.toString()).toBe('sip:carol@sandbox');
    expect(incoming.remoteIdentity.displayName).toBe('Carol');
    await peer.waitFor(180);
    await incoming.accept();
    await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'ACK');
    expect(incoming.state).toBe(SessionState.Established);
    await incoming.bye();
    await terminated;
    await peer.waitFor(
      (entry) => entry.sender === 'peer' && entry.message.status === 200 && entry.message.method === 'BYE',
    );
    expect(states).toEqual([SessionState.Establishing, SessionState.Established, SessionState.Terminated]);
    // With T1 at 5 ms SIP.js may retransmit its 200 OK (and the peer ACK it again) before the first ACK lands.
    expect([...new Set(peer.timeline())]).toEqual([
      'peer INVITE sip:alice@sandbox',
      'ua 100 Trying (INVITE)',
      'ua 180 Ringing (INVITE)',
      'ua 200 OK (INVITE)',
      expect.stringMatching(/^peer ACK sip:\w+@\w+\.invalid;transport=ws$/),
      expect.stringMatching(/^ua BYE sip:carol@sandbox\.invalid;transport=ws$/),
      'peer 200 OK (BYE)',
    ]);
  });

  it('the app rejects: the peer ACKs the 486 within the INVITE transaction', async () => {
    const { peer, invitation, states } = await startCallee();
    peer.call();
    await (await invitation).reject({ statusCode: 486 });
    const ack = await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'ACK');
    const invite = peer.log[0]?.message;
    expect(ack.header('via')).toBe(invite?.header('via'));
    expect(ack.uri).toBe('sip:alice@sandbox');
    expect(states).toEqual([SessionState.Terminated]);
  });

  it.each([
    ['cancel', undefined],
    ['elsewhere', 'SIP;cause=200;text="Call completed elsewhere"'],
  ] as const)('%s: onCancel fires with its Reason, SIP.js answers 487', async (scenario, reason) => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call(scenario);
    const incoming = await invitation;
    const reasons: (string | undefined)[] = [];
    incoming.delegate = { onCancel: (cancel) => reasons.push(cancel.request.getHeader('Reason')) };
    await terminated;
    expect(reasons).toEqual([reason]);
    expect(states).toEqual([SessionState.Terminated]);
    await peer.waitFor(487);
    await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'ACK');
    expect(peer.timeline()).toContain('ua 200 OK (CANCEL)');
  });

  it('hangup: after the answer the peer ACKs, then sends BYE with a Q.850 Reason', async () => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call('hangup');
    const incoming = await invitation;
    const reasons: (string | undefined)[] = [];
    incoming.delegate = {
      onBye: (bye) => {
        reasons.push(bye.request.getHeader('Reason'));
        bye.accept();
      },
    };
    await incoming.accept();
    await terminated;
    expect(reasons).toEqual(['Q.850;cause=16;text="Normal call clearing"']);
    expect(states).toEqual([SessionState.Establishing, SessionState.Established, SessionState.Terminated]);
    const ok = await peer.waitFor(200);
    expect(ok.method).toBe('INVITE');
    await peer.waitFor(
      (entry) => entry.sender === 'ua' && entry.message.status === 200 && entry.message.method === 'BYE',
    );
  });

  it('manual control: call.bye() hangs up an answered call', async () => {
    const { peer, invitation, terminated } = await startCallee();
    const call = peer.call();
    const incoming = await invitation;
    await incoming.accept();
    await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'ACK');
    call.bye('SIP;cause=200;text="Done"');
    await terminated;
    const bye = peer.log.find((entry) => entry.sender === 'peer' && entry.message.method === 'BYE');
    expect(bye?.message.header('reason')).toBe('SIP;cause=200;text="Done"');
  });

  it('noack: SIP.js retransmits its 2xx, then after Timer L sends BYE without Reason and terminates', async () => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call('noack');
    const incoming = await invitation;
    const delegateCalls: string[] = [];
    incoming.delegate = { onBye: () => delegateCalls.push('bye'), onAck: () => delegateCalls.push('ack') };
    await incoming.accept();
    await terminated;
    const bye = await peer.waitFor('BYE');
    expect(bye.header('reason')).toBeUndefined();
    expect(delegateCalls).toEqual([]);
    expect(states).toEqual([SessionState.Establishing, SessionState.Established, SessionState.Terminated]);
    expect(peer.log.filter((entry) => entry.message.method === 'ACK')).toEqual([]);
    expect(
      peer.log.filter((entry) => entry.message.status === 200 && entry.message.method === 'INVITE').length,
    ).toBeGreaterThan(1);
  });

  it('reliable: with Require: 100rel the peer PRACKs the reliable 183, then the call is answered', async () => {
    const { peer, invitation, states } = await startCallee();
    peer.call('reliable');
    const incoming = await invitation;
    expect(incoming.request.getHeader('Require')).toBe('100rel');
    await incoming.progress();
    const prack = peer.log.find((entry) => entry.sender === 'peer' && entry.message.method === 'PRACK');
    expect(prack?.message.header('rack')).toMatch(/^\d+ 1 INVITE$/);
    await incoming.accept();
    expect(states).toEqual([SessionState.Establishing, SessionState.Established]);
    await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'ACK');
  });

  it('noprack: progress() rejects with SessionTerminatedError and SIP.js answers 504', async () => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call('noprack');
    const incoming = await invitation;
    await expect(incoming.progress()).rejects.toBeInstanceOf(SessionTerminatedError);
    await terminated;
    expect(states).toEqual([SessionState.Terminated]);
    await peer.waitFor(504);
    expect(peer.log.some((entry) => entry.message.method === 'PRACK')).toBe(false);
  });

  it('expires: the INVITE Expires header elapses, SIP.js sends 487 without any callback', async () => {
    const { peer, invitation, states, terminated } = await startCallee();
    peer.call('expires', { expires: 0 });
    const incoming = await invitation;
    expect(incoming.request.getHeader('Expires')).toBe('0');
    const cancels: unknown[] = [];
    incoming.delegate = { onCancel: (cancel) => cancels.push(cancel) };
    await terminated;
    await peer.waitFor(487);
    expect(cancels).toEqual([]);
    expect(states).toEqual([SessionState.Terminated]);
    expect(peer.log.some((entry) => entry.message.method === 'CANCEL')).toBe(false);
  });

  it('a denied microphone: accept() rejects with NotAllowedError and SIP.js answers 480', async () => {
    const { peer, invitation, media, terminated } = await startCallee({ media: { denyMedia: true } });
    peer.call();
    const incoming = await invitation;
    expect(media.options.denyMedia).toBe(true);
    await expect(incoming.accept()).rejects.toMatchObject({ name: 'NotAllowedError' });
    await terminated;
    await peer.waitFor(480);
  });

  it('a bad SDP offer: accept() rejects and SIP.js answers 480', async () => {
    const { peer, invitation, terminated } = await startCallee();
    peer.call('ring', { body: 'not sdp at all' });
    await expect((await invitation).accept()).rejects.toThrow('invalid session description');
    await terminated;
    await peer.waitFor(480);
  });

  it('inline caller scenarios and extra headers', async () => {
    const { peer, invitation } = await startCallee();
    peer.call({ headers: { 'X-Campaign': 'spring', 'P-Asserted-Identity': '<sip:+15550100@sandbox>' } });
    const incoming = await invitation;
    expect(incoming.request.getHeader('X-Campaign')).toBe('spring');
    expect(incoming.assertedIdentity?.uri.toString()).toBe('sip:+15550100@sandbox');
  });
});
