import { SessionState, type UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxUserAgent, SandboxPeer, type SandboxUserAgentOptions, shortenSipTimers } from '../../src/testing';
import { dial } from './dial';

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

async function start(options: SandboxUserAgentOptions = {}): Promise<{ userAgent: UserAgent; peer: SandboxPeer }> {
  const sandbox = createSandboxUserAgent(options);
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

const ended = [SessionState.Establishing, SessionState.Terminated];

describe('final failure scenarios', () => {
  it.each([
    ['busy', 486, 'Busy Here', { 'Retry-After': '30' }],
    ['busyeverywhere', 600, 'Busy Everywhere', {}],
    ['forbidden', 403, 'Forbidden', {}],
    ['decline', 603, 'Decline', { Reason: 'Q.850;cause=21;text="Call rejected"' }],
    ['gone', 410, 'Gone', {}],
    ['unavailable', 480, 'Temporarily Unavailable', { 'Retry-After': '60' }],
    ['flowfailed', 430, 'Flow Failed', {}],
    ['notfound', 404, 'Not Found', {}],
    ['nowhere', 604, 'Does Not Exist Anywhere', {}],
    ['incomplete', 484, 'Address Incomplete', {}],
    ['badsdp', 488, 'Not Acceptable Here', { Warning: '305 sandbox "Incompatible media format"' }],
    ['notacceptable', 606, 'Not Acceptable', {}],
    ['weird', 599, 'Weird Failure', {}],
    ['servererror', 500, 'Server Internal Error', {}],
    ['overloaded', 503, 'Service Unavailable', { 'Retry-After': '120' }],
    ['unwanted', 607, 'Unwanted', {}],
    ['blocked', 608, 'Rejected', {}],
    ['timeout', 408, 'Request Timeout', {}],
    ['nobody-by-this-name', 404, 'Not Found', {}],
  ] as const)('%s → onReject %i %s', async (user, status, phrase, headers) => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, user);
    const response = await call.next('reject');
    expect(response.statusCode).toBe(status);
    expect(response.reasonPhrase).toBe(phrase);
    // A real response from the network, not one SIP.js made up.
    expect(response.data).toContain(`SIP/2.0 ${status} ${phrase}`);
    for (const [name, value] of Object.entries(headers)) expect(response.getHeader(name)).toBe(value);
    expect(call.events).toEqual([`reject ${status}`]);
    expect(call.states).toEqual(ended);
    // SIP.js's INVITE client transaction ACKs the failure itself.
    const ack = await peer.waitFor('ACK');
    expect(ack.header('cseq')).toBe('1 ACK');
  });

  it.each([
    ['redirect', 302, 'Moved Temporarily', ['<sip:bob@elsewhere.sandbox>']],
    ['movedperm', 301, 'Moved Permanently', ['<sip:bob@new.sandbox>']],
    [
      'multiple',
      300,
      'Multiple Choices',
      ['"Bob, desk" <sip:bob@desk.sandbox>;q=0.9', '<sip:bob@mobile.sandbox>;q=0.5', '<sip:bob@home.sandbox>;q=0.1'],
    ],
  ] as const)('%s → onRedirect %i with its Contacts', async (user, status, phrase, contacts) => {
    const { userAgent } = await start();
    const call = dial(userAgent, user);
    const response = await call.next('redirect');
    expect([response.statusCode, response.reasonPhrase]).toEqual([status, phrase]);
    expect(response.getHeaders('Contact')).toEqual(contacts);
    expect(call.states).toEqual(ended);
  });

  it('multiple: SIP.js parses the quoted display name with a comma and the q values', async () => {
    const { userAgent } = await start();
    const response = await dial(userAgent, 'multiple').next('redirect');
    const first = response.parseHeader('contact', 0);
    expect(first.displayName).toBe('Bob, desk');
    expect(first.uri.toString()).toBe('sip:bob@desk.sandbox');
    expect(first.getParam('q')).toBe('0.9');
    expect(response.parseHeader('contact', 2).getParam('q')).toBe('0.1');
  });
});

describe('ringing and answered calls', () => {
  it('ring: 180 with Contact, then the app cancels: CANCEL gets 200, the INVITE 487', async () => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, 'ring');
    const ringing = await call.next('progress');
    expect([ringing.statusCode, ringing.reasonPhrase]).toEqual([180, 'Ringing']);
    expect(ringing.getHeader('Contact')).toBe('<sip:ring@sandbox.invalid;transport=ws>');
    expect(call.inviter.state).toBe(SessionState.Establishing);
    await call.inviter.cancel();
    const terminated = await call.next('reject');
    expect(terminated.statusCode).toBe(487);
    expect(call.states).toEqual([SessionState.Establishing, SessionState.Terminating, SessionState.Terminated]);
    await peer.waitFor('ACK');
    expect(peer.timeline()).toEqual([
      'ua INVITE sip:ring@sandbox',
      'peer 180 Ringing (INVITE)',
      'ua CANCEL sip:ring@sandbox',
      'peer 200 OK (CANCEL)',
      'peer 487 Request Terminated (INVITE)',
      'ua ACK sip:ring@sandbox',
    ]);
  });

  it('answer: 180, 200 OK with SDP, ACK; the app hangs up and gets 200', async () => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, 'answer');
    const accepted = await call.next('accept');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.getHeader('Content-Type')).toBe('application/sdp');
    expect(accepted.body).toMatch(/^v=0\r\n/);
    expect(call.events).toEqual(['progress 180', 'accept 200']);
    expect(call.inviter.state).toBe(SessionState.Established);
    await peer.waitFor('ACK');
    await call.inviter.bye();
    await call.terminated;
    await peer.waitFor(
      (entry) => entry.sender === 'peer' && entry.message.status === 200 && entry.message.method === 'BYE',
    );
    expect(call.states).toEqual([SessionState.Establishing, SessionState.Established, SessionState.Terminated]);
  });

  it('hangup: the far end sends BYE with a Q.850 Reason, onBye sees it', async () => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, 'hangup');
    const reasons: (string | undefined)[] = [];
    call.inviter.delegate = {
      onBye: (bye) => {
        reasons.push(bye.request.getHeader('Reason'));
        bye.accept();
      },
    };
    await call.terminated;
    expect(reasons).toEqual(['Q.850;cause=16;text="Normal call clearing"']);
    expect(call.states).toEqual([SessionState.Establishing, SessionState.Established, SessionState.Terminated]);
    const ok = await peer.waitFor(200);
    expect(ok.method).toBe('BYE');
  });

  it('badanswer: SIP.js ACKs the bad SDP, then sends BYE with Reason 488', async () => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, 'badanswer');
    await call.terminated;
    const bye = await peer.waitFor('BYE');
    expect(bye.header('Reason')).toBe('SIP;cause=488;text="Not Acceptable Here"');
    await expect(call.next('accept')).resolves.toMatchObject({ statusCode: 200 });
    expect(call.states).toEqual(ended);
    expect(peer.timeline().filter((line) => line.startsWith('ua'))).toEqual([
      'ua INVITE sip:badanswer@sandbox',
      'ua ACK sip:badanswer@sandbox.invalid;transport=ws',
      'ua BYE sip:badanswer@sandbox.invalid;transport=ws',
    ]);
  });

  it('silent: no response at all ends in SIP.js’s internal 408 after Timer B', async () => {
    const { userAgent, peer } = await start();
    const call = dial(userAgent, 'silent');
    const timeout = await call.next('reject');
    expect(timeout.statusCode).toBe(408);
    expect(timeout.data).toBeUndefined();
    expect(call.states).toEqual(ended);
    expect(peer.timeline()).toEqual(['ua INVITE sip:silent@sandbox']);
  });
});

describe('connection drops', () => {
  it('drop-ringing: onDisconnect gets the WebSocket error and the call stays Establishing; reconnect works', async () => {
    const errors: (Error | undefined)[] = [];
    const { userAgent, peer } = await start({ delegate: { onDisconnect: (error) => errors.push(error) } });
    const call = dial(userAgent, 'drop-ringing');
    await call.next('progress');
    const disconnected = new Promise<void>((resolve) => userAgent.transport.stateChange.addListener(() => resolve()));
    await disconnected;
    expect(errors.map((error) => error?.message)).toEqual(['WebSocket closed wss://sandbox.invalid (code: 1006)']);
    expect(userAgent.isConnected()).toBe(false);
    expect(call.inviter.state).toBe(SessionState.Establishing);
    await userAgent.reconnect();
    expect(userAgent.isConnected()).toBe(true);
    expect(call.inviter.state).toBe(SessionState.Establishing);
    // The server forgot the call with the connection: a fresh call works.
    const next = dial(userAgent, 'busy');
    await expect(next.next('reject')).resolves.toMatchObject({ statusCode: 486 });
    expect(peer.log.some((entry) => entry.message.status === 487)).toBe(false);
  });

  it('drop-connected: the established call stays Established; bye() then ends in an internal 503', async () => {
    const errors: (Error | undefined)[] = [];
    const { userAgent } = await start({ delegate: { onDisconnect: (error) => errors.push(error) } });
    const call = dial(userAgent, 'drop-connected');
    await call.next('accept');
    await new Promise<void>((resolve) => userAgent.transport.stateChange.addListener(() => resolve()));
    expect(errors).toHaveLength(1);
    expect(call.inviter.state).toBe(SessionState.Established);
    const byeResponse = new Promise<number | undefined>((resolve) => {
      call.inviter.bye({ requestDelegate: { onReject: (response) => resolve(response.message.statusCode) } });
    });
    await expect(byeResponse).resolves.toBe(503);
    expect(call.inviter.state).toBe(SessionState.Terminated);
  });
});

describe('digest authentication', () => {
  it.each([
    ['auth', 401, 'authorization'],
    ['proxyauth', 407, 'proxy-authorization'],
  ] as const)(
    '%s with the right password: challenge answered invisibly, call answered',
    async (user, status, header) => {
      const { userAgent, peer } = await start();
      const call = dial(userAgent, user);
      await call.next('accept');
      expect(call.events).toEqual(['progress 180', 'accept 200']);
      const invites = peer.log.filter((entry) => entry.sender === 'ua' && entry.message.method === 'INVITE');
      expect(invites).toHaveLength(2);
      expect(invites[1]?.message.header(header)).toMatch(/^Digest .*username="alice"/);
      expect(peer.timeline()).toContain(
        `peer ${status} ${status === 401 ? 'Unauthorized' : 'Proxy Authentication Required'} (INVITE)`,
      );
    },
  );

  it.each([
    ['auth', 401, 'WWW-Authenticate'],
    ['proxyauth', 407, 'Proxy-Authenticate'],
  ] as const)('%s with a wrong password: the second challenge reaches onReject', async (user, status, header) => {
    const { userAgent, peer } = await start({ authorizationPassword: 'wrong' });
    const call = dial(userAgent, user);
    const response = await call.next('reject');
    expect(response.statusCode).toBe(status);
    expect(response.getHeader(header)).toMatch(/^Digest realm="sandbox", nonce="\w+", algorithm=MD5, qop="auth"$/);
    expect(call.states).toEqual(ended);
    expect(peer.log.filter((entry) => entry.message.status === status)).toHaveLength(2);
  });

  it('the peer password is configurable', async () => {
    const right = await start({ peer: new SandboxPeer({ password: 'open sesame' }) });
    await expect(dial(right.userAgent, 'auth').next('accept')).resolves.toMatchObject({ statusCode: 200 });
    const wrong = await start({ peer: new SandboxPeer({ password: 'open sesame' }), authorizationPassword: 'secret' });
    await expect(dial(wrong.userAgent, 'auth').next('reject')).resolves.toMatchObject({ statusCode: 401 });
  });
});

describe('app-defined scenarios', () => {
  it('defineScenario adds a dialable user', async () => {
    const { userAgent, peer } = await start();
    peer.defineScenario('slowbusy', [{ respond: 183 }, { respond: 486, reason: 'Gone Fishing', after: 5 }]);
    const call = dial(userAgent, 'slowbusy');
    const response = await call.next('reject');
    expect(call.events).toEqual(['progress 183', 'reject 486']);
    expect(response.reasonPhrase).toBe('Gone Fishing');
  });

  it('the scenarios option merges over the defaults; fallback names the scenario for unknown users', async () => {
    const peer = new SandboxPeer({
      scenarios: { busy: [{ respond: 600 }], queue: [{ respond: 182 }, { respond: 480, after: 5 }] },
      fallback: 'forbidden',
    });
    const { userAgent } = await start({ peer });
    await expect(dial(userAgent, 'busy').next('reject')).resolves.toMatchObject({ statusCode: 600 });
    const queued = dial(userAgent, 'queue');
    await queued.terminated;
    expect(queued.events).toEqual(['progress 182', 'reject 480']);
    await expect(dial(userAgent, 'stranger').next('reject')).resolves.toMatchObject({ statusCode: 403 });
    expect(peer.scenarios.answer).toBeDefined();
  });

  it('timeScale stretches every delay', async () => {
    const { userAgent } = await start({ peer: new SandboxPeer({ timeScale: 3 }) });
    const started = Date.now();
    await dial(userAgent, 'answer').next('accept');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
