import type { BodyAndContentType, SessionDescriptionHandler, SessionDescriptionHandlerFactory } from 'sip.js';

/** How the fake media layer behaves; the factory reads it on every call, so tests may change it later. */
export interface FakeMediaOptions {
  /** `getDescription()` rejects with an Error named `NotAllowedError`, like a denied microphone prompt. */
  denyMedia?: boolean;
  /** The factory throws `ReferenceError: RTCPeerConnection is not defined`, like a browser without WebRTC. */
  noWebRTC?: boolean;
  /** Decides whether remote SDP is acceptable; default: it starts with `v=0` and has an `m=` line. */
  acceptSdp?: (sdp: string) => boolean;
}

/** A session description handler factory that also lists every handler it made. */
export type FakeSessionDescriptionHandlerFactory = SessionDescriptionHandlerFactory & {
  readonly options: FakeMediaOptions;
  readonly handlers: FakeSessionDescriptionHandler[];
};

let sdpVersion = 0;

/** A tiny valid audio SDP body, usable as an offer or an answer. */
export function createFakeSdp(): string {
  sdpVersion += 1;
  return [
    'v=0',
    `o=- ${sdpVersion} 1 IN IP4 127.0.0.1`,
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    'm=audio 9 RTP/AVP 0',
    'a=rtpmap:0 PCMU/8000',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

/** Stand-in for `RTCPeerConnection` events: flip `connectionState` with `setConnectionState('failed')`. */
export class FakePeerConnection extends EventTarget {
  /** Current state, as on a real `RTCPeerConnection`. */
  connectionState: RTCPeerConnectionState = 'new';

  /** Sets `connectionState` and dispatches `connectionstatechange`. */
  setConnectionState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}

/** A media-free SIP.js session description handler producing and accepting tiny SDP. */
export class FakeSessionDescriptionHandler implements SessionDescriptionHandler {
  /** Fake connection whose state tests can flip; it becomes `connected` once offer and answer are both known. */
  readonly peerConnection = new FakePeerConnection();
  /** SDP received from the far end, if any. */
  remoteSdp: string | undefined;
  /** SDP this handler produced, if any. */
  localSdp: string | undefined;

  constructor(private readonly options: FakeMediaOptions) {}

  /** Produces an offer or answer, or rejects with `NotAllowedError` when media is denied. */
  getDescription(): Promise<BodyAndContentType> {
    if (this.options.denyMedia) {
      return Promise.reject(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }));
    }
    this.localSdp = createFakeSdp();
    this.connectWhenReady();
    return Promise.resolve({ body: this.localSdp, contentType: 'application/sdp' });
  }

  /** Accepts remote SDP, or rejects it when `acceptSdp` says no. */
  setDescription(sdp: string): Promise<void> {
    const accept = this.options.acceptSdp ?? ((text: string) => text.startsWith('v=0') && /\nm=/.test(text));
    if (!accept(sdp)) return Promise.reject(new Error('Fake SDH: invalid session description'));
    this.remoteSdp = sdp;
    this.connectWhenReady();
    return Promise.resolve();
  }

  /** Only `application/sdp` is supported. */
  hasDescription(contentType: string): boolean {
    return contentType === 'application/sdp';
  }

  /** Forgets the last remote description. */
  rollbackDescription(): Promise<void> {
    this.remoteSdp = undefined;
    return Promise.resolve();
  }

  /** Pretends to send DTMF. */
  sendDtmf(): boolean {
    return true;
  }

  /** Closes the fake connection (no event, as with a real `RTCPeerConnection.close()`). */
  close(): void {
    this.peerConnection.connectionState = 'closed';
  }

  private connectWhenReady(): void {
    if (this.localSdp && this.remoteSdp && this.peerConnection.connectionState === 'new') {
      this.peerConnection.setConnectionState('connected');
    }
  }
}

/** Creates a SIP.js `sessionDescriptionHandlerFactory` for Node or tests: no WebRTC, no microphone, tiny SDP. */
export function createFakeSessionDescriptionHandlerFactory(
  options: FakeMediaOptions = {},
): FakeSessionDescriptionHandlerFactory {
  const handlers: FakeSessionDescriptionHandler[] = [];
  const factory = () => {
    if (options.noWebRTC) throw new ReferenceError('RTCPeerConnection is not defined');
    const handler = new FakeSessionDescriptionHandler(options);
    handlers.push(handler);
    return handler;
  };
  return Object.assign(factory, { options, handlers });
}
