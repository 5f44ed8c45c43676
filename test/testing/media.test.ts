import { Inviter, SessionState, UserAgent as UA, type UserAgent } from 'sip.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFakeSdp,
  createFakeSessionDescriptionHandlerFactory,
  createSandboxUserAgent,
  FakeSessionDescriptionHandler,
} from '../../src/testing';

let running: UserAgent[] = [];

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop()));
  running = [];
});

// The factory ignores its arguments; SIP.js passes the session and its options.
const session = {} as Parameters<ReturnType<typeof createFakeSessionDescriptionHandlerFactory>>[0];

describe('createFakeSessionDescriptionHandlerFactory', () => {
  it('makes handlers that produce and accept tiny SDP and list themselves', async () => {
    const factory = createFakeSessionDescriptionHandlerFactory();
    const sdh = factory(session);
    expect(sdh).toBeInstanceOf(FakeSessionDescriptionHandler);
    expect(factory.handlers).toEqual([sdh]);
    const offer = await sdh.getDescription();
    expect(offer.contentType).toBe('application/sdp');
    expect(offer.body).toMatch(/^v=0\r\n[\s\S]*\r\nm=audio /);
    expect(sdh.hasDescription('application/sdp')).toBe(true);
    expect(sdh.hasDescription('text/plain')).toBe(false);
    await expect(sdh.setDescription(createFakeSdp())).resolves.toBeUndefined();
    await expect(sdh.setDescription('v=0\r\ns=no media\r\n')).rejects.toThrow('invalid session description');
  });

  it('acceptSdp decides what remote SDP is valid', async () => {
    const sdh = createFakeSessionDescriptionHandlerFactory({ acceptSdp: (sdp) => sdp === 'ok' })(session);
    await expect(sdh.setDescription('ok')).resolves.toBeUndefined();
    await expect(sdh.setDescription(createFakeSdp())).rejects.toThrow();
  });

  it('denyMedia rejects getDescription with a NotAllowedError, as a denied microphone', async () => {
    const factory = createFakeSessionDescriptionHandlerFactory();
    factory.options.denyMedia = true;
    const error = await factory(session)
      .getDescription()
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'NotAllowedError' });
  });

  it('noWebRTC throws a ReferenceError from the factory', () => {
    expect(() => createFakeSessionDescriptionHandlerFactory({ noWebRTC: true })(session)).toThrow(ReferenceError);
  });

  it('the fake peerConnection connects after offer and answer, and tests can flip it to failed', async () => {
    const sdh = createFakeSessionDescriptionHandlerFactory()(session) as FakeSessionDescriptionHandler;
    const seen: string[] = [];
    sdh.peerConnection.addEventListener('connectionstatechange', () => seen.push(sdh.peerConnection.connectionState));
    expect(sdh.peerConnection.connectionState).toBe('new');
    await sdh.getDescription();
    await sdh.setDescription(createFakeSdp());
    sdh.peerConnection.setConnectionState('failed');
    sdh.close();
    expect(seen).toEqual(['connected', 'failed']);
    expect(sdh.peerConnection.connectionState).toBe('closed');
  });
});

describe('fake media in a real call', () => {
  it('a denied microphone makes invite() reject before anything is sent', async () => {
    const { userAgent, peer } = createSandboxUserAgent({ media: { denyMedia: true } });
    running.push(userAgent);
    await userAgent.start();
    const target = UA.makeURI('sip:answer@sandbox');
    if (!target) throw new Error('bad URI');
    const inviter = new Inviter(userAgent, target);
    const states: SessionState[] = [];
    inviter.stateChange.addListener((state) => states.push(state));
    await expect(inviter.invite()).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(states).toEqual([SessionState.Terminated]);
    expect(peer.log).toEqual([]);
  });

  it('an answered call exposes the fake handler through the session', async () => {
    const { userAgent, peer, media } = createSandboxUserAgent();
    running.push(userAgent);
    await userAgent.start();
    const target = UA.makeURI('sip:answer@sandbox');
    if (!target) throw new Error('bad URI');
    const inviter = new Inviter(userAgent, target);
    const established = new Promise<void>((resolve) =>
      inviter.stateChange.addListener((state) => state === SessionState.Established && resolve()),
    );
    await inviter.invite();
    await established;
    await peer.waitFor('ACK');
    expect(inviter.sessionDescriptionHandler).toBe(media.handlers[0]);
    expect(media.handlers[0]?.peerConnection.connectionState).toBe('connected');
  });
});
