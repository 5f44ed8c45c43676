import { Messager, Registerer, RegistererState, TransportState, UserAgent as UA, type UserAgent } from 'sip.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSandboxUserAgent,
  getSandboxPeer,
  SandboxPeer,
  SandboxTransport,
  type SandboxUserAgentOptions,
} from '../../src/testing';

let running: UserAgent[] = [];

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop()));
  running = [];
});

async function start(options: SandboxUserAgentOptions = {}) {
  const sandbox = createSandboxUserAgent(options);
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

const options = [
  'OPTIONS sip:sandbox SIP/2.0',
  'Via: SIP/2.0/WSS client.invalid;branch=z9hG4bK1',
  'Max-Forwards: 70',
  'From: <sip:alice@sandbox>;tag=a1',
  'To: <sip:sandbox>',
  'Call-ID: c1',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

describe('SandboxTransport state machine', () => {
  it('connects and disconnects asynchronously, calling onConnect and onDisconnect() without error', async () => {
    const transport = new SandboxTransport(undefined);
    const states: TransportState[] = [];
    const calls: string[] = [];
    transport.stateChange.addListener((state) => states.push(state));
    transport.onConnect = () => calls.push('connect');
    transport.onDisconnect = (error) => calls.push(`disconnect ${error}`);
    const connected = transport.connect();
    expect(transport.state).toBe(TransportState.Connecting);
    await connected;
    expect(transport.isConnected()).toBe(true);
    const disconnected = transport.disconnect();
    expect(transport.state).toBe(TransportState.Disconnecting);
    await disconnected;
    expect(states).toEqual(['Connecting', 'Connected', 'Disconnecting', 'Disconnected']);
    expect(calls).toEqual(['connect', 'disconnect undefined']);
    await expect(transport.send(options)).rejects.toThrow('Not connected.');
  });

  it('delivers the peer’s answers later, never inside send()', async () => {
    const transport = new SandboxTransport(undefined);
    const received: string[] = [];
    transport.onMessage = (message) => received.push(message);
    await transport.connect();
    await transport.send(options);
    expect(received).toEqual([]);
    await transport.peer.waitFor((entry) => entry.sender === 'peer');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^SIP\/2\.0 200 OK\r\nVia: SIP\/2\.0\/WSS client\.invalid;branch=z9hG4bK1\r\n/);
    expect(received[0]).toContain('\r\nTo: <sip:sandbox>;tag=');
  });

  it('an unreachable peer makes connect() reject and leaves the transport Disconnected', async () => {
    const peer = new SandboxPeer();
    peer.reachable = false;
    const transport = new SandboxTransport(undefined, { peer });
    await expect(transport.connect()).rejects.toThrow('WebSocket closed wss://sandbox.invalid (code: 1006)');
    expect(transport.state).toBe(TransportState.Disconnected);
    peer.reachable = true;
    await transport.connect();
    expect(transport.isConnected()).toBe(true);
  });

  it('builds its own peer from transportOptions when none is given', () => {
    const transport = new SandboxTransport(undefined, { password: 'pw', fallback: 'busy' });
    expect(transport.peer.password).toBe('pw');
    expect(transport.peer.transport).toBe(transport);
  });
});

describe('the UserAgent over the sandbox', () => {
  it('start() connects; peer.drop() reaches onDisconnect with an Error; reconnect() works', async () => {
    const events: string[] = [];
    const { userAgent, peer } = await start({
      delegate: {
        onConnect: () => events.push('connect'),
        onDisconnect: (error) => events.push(`disconnect: ${error?.message}`),
      },
    });
    expect(getSandboxPeer(userAgent)).toBe(peer);
    peer.drop(4000);
    expect(userAgent.transport.state).toBe(TransportState.Disconnected);
    await userAgent.reconnect();
    expect(userAgent.isConnected()).toBe(true);
    expect(events).toEqual(['connect', 'disconnect: WebSocket closed wss://sandbox.invalid (code: 4000)', 'connect']);
  });

  it('start() rejects when the peer is unreachable', async () => {
    const peer = new SandboxPeer();
    peer.reachable = false;
    const sandbox = createSandboxUserAgent({ peer });
    running.push(sandbox.userAgent);
    await expect(sandbox.userAgent.start()).rejects.toThrow('WebSocket closed');
  });

  it('REGISTER gets 200 with the Contact and expires echoed; unregister works', async () => {
    const { userAgent, peer } = await start();
    const registerer = new Registerer(userAgent, { expires: 300 });
    const states: RegistererState[] = [];
    registerer.stateChange.addListener((state) => states.push(state));
    await registerer.register();
    await peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'REGISTER');
    const ok = peer.log.at(-1)?.message;
    expect(ok?.status).toBe(200);
    expect(ok?.header('contact')).toMatch(/;expires=300$/);
    expect(registerer.state).toBe(RegistererState.Registered);
    await registerer.unregister();
    await peer.waitFor((entry) => entry.sender === 'ua' && /expires=0/.test(entry.message.header('contact') ?? ''));
    await new Promise<void>((resolve) => registerer.stateChange.addListener(() => resolve(), { once: true }));
    expect(states).toEqual([RegistererState.Registered, RegistererState.Unregistered]);
  });

  it('OPTIONS gets 200', async () => {
    const { userAgent } = await start();
    const core = userAgent.userAgentCore;
    const target = UA.makeURI('sip:sandbox');
    if (!target) throw new Error('bad URI');
    const request = core.makeOutgoingRequestMessage('OPTIONS', target, userAgent.configuration.uri, target, {});
    const status = await new Promise<number | undefined>((resolve) => {
      core.request(request, { onAccept: (response) => resolve(response.message.statusCode) });
    });
    expect(status).toBe(200);
  });
});

describe('MESSAGE', () => {
  function send(userAgent: UserAgent, to: string, body: string) {
    const target = UA.makeURI(to);
    if (!target) throw new Error('bad URI');
    return new Promise<number | undefined>((resolve) => {
      void new Messager(userAgent, target, body).message({
        requestDelegate: {
          onAccept: (response) => resolve(response.message.statusCode),
          onReject: (response) => resolve(response.message.statusCode),
        },
      });
    });
  }

  it('accepts messages and logs from, to, body and content type', async () => {
    const { userAgent, peer } = await start();
    await expect(send(userAgent, 'sip:bob@sandbox', 'call me back')).resolves.toBe(200);
    const message = await peer.waitFor('MESSAGE');
    expect(message.body).toBe('call me back');
    expect(peer.messages).toEqual([
      { from: 'sip:alice@sandbox', to: 'sip:bob@sandbox', body: 'call me back', contentType: 'text/plain' },
    ]);
  });

  it.each([
    ['notfound', 404],
    ['unavailable', 480],
    ['overloaded', 503],
    ['away', 486],
  ])('fails for %s with %i and logs nothing', async (user, status) => {
    const { userAgent, peer } = await start({ peer: new SandboxPeer({ messageResponses: { away: 486 } }) });
    await expect(send(userAgent, `sip:${user}@sandbox`, 'hello?')).resolves.toBe(status);
    expect(peer.messages).toEqual([]);
  });
});

describe('waitFor', () => {
  it('rejects after its timeout with the timeline', async () => {
    const { peer } = await start();
    await expect(peer.waitFor('BYE', { timeout: 10 })).rejects.toThrow(/waitFor\(BYE\) timed out after 10 ms/);
  });
});
