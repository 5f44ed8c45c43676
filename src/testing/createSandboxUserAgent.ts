import { URI, UserAgent, type UserAgentOptions } from 'sip.js';
import {
  createFakeSessionDescriptionHandlerFactory,
  type FakeMediaOptions,
  type FakeSessionDescriptionHandlerFactory,
} from './createFakeSessionDescriptionHandlerFactory';
import { SandboxPeer } from './SandboxPeer';
import { SandboxTransport } from './SandboxTransport';

/** `UserAgentOptions` plus the sandbox's own: the peer to use and the fake media behaviour. */
export interface SandboxUserAgentOptions extends UserAgentOptions {
  /** The peer to connect to; default a new `SandboxPeer`. */
  peer?: SandboxPeer;
  /** Options of the fake session description handlers. */
  media?: FakeMediaOptions;
}

/** What `createSandboxUserAgent` returns. */
export interface SandboxUserAgent {
  readonly userAgent: UserAgent;
  readonly peer: SandboxPeer;
  readonly media: FakeSessionDescriptionHandlerFactory;
}

/**
 * Builds a real SIP.js `UserAgent` (`sip:alice@sandbox`, not started) wired to an in-memory peer and fake media;
 * any `UserAgentOptions` given win over these defaults.
 */
export function createSandboxUserAgent(options: SandboxUserAgentOptions = {}): SandboxUserAgent {
  const { peer = new SandboxPeer(), media: mediaOptions, ...userAgentOptions } = options;
  const media = createFakeSessionDescriptionHandlerFactory(mediaOptions);
  const userAgent = new UserAgent({
    uri: new URI('sip', 'alice', 'sandbox'),
    authorizationPassword: peer.password,
    logBuiltinEnabled: false,
    sessionDescriptionHandlerFactory: media,
    ...userAgentOptions,
    transportConstructor: SandboxTransport,
    transportOptions: { peer },
  });
  return { userAgent, peer, media };
}

/** The `SandboxPeer` behind a UserAgent built with `SandboxTransport`, or `undefined` for any other transport. */
export function getSandboxPeer(userAgent: UserAgent): SandboxPeer | undefined {
  const transport: unknown = userAgent.transport;
  return transport instanceof SandboxTransport ? transport.peer : undefined;
}
