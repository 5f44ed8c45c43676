import { type Emitter, EmitterImpl, type Transport, TransportState } from 'sip.js';
import { SandboxPeer, type SandboxPeerOptions } from './SandboxPeer';

/** `transportOptions` for `SandboxTransport`: a peer to talk to, or options for a new one. */
export interface SandboxTransportOptions extends SandboxPeerOptions {
  /** The peer to connect to; by default the transport makes its own (reach it as `transport.peer`). */
  peer?: SandboxPeer;
}

/**
 * A SIP.js `Transport` that talks to an in-memory `SandboxPeer` instead of a WebSocket; pass it as
 * `UserAgentOptions.transportConstructor` (and `{ peer }` as `transportOptions`). Works in Node and browsers.
 */
export class SandboxTransport implements Transport {
  /** Via transport name, as SIP.js's WebSocket transport reports for `wss:`. */
  readonly protocol = 'WSS';
  /** The in-memory server/far end this transport is connected to. */
  readonly peer: SandboxPeer;
  /** Set by the UserAgent. */
  onConnect: (() => void) | undefined = undefined;
  /** Set by the UserAgent; called with an Error when the peer drops the connection. */
  onDisconnect: ((error?: Error) => void) | undefined = undefined;
  /** Set by the UserAgent. */
  onMessage: ((message: string) => void) | undefined = undefined;

  private current = TransportState.Disconnected;
  private readonly changes = new EmitterImpl<TransportState>();
  private connecting: Promise<void> | undefined;
  private disconnecting: Promise<void> | undefined;

  constructor(_logger: unknown, options: SandboxTransportOptions = {}) {
    const { peer, ...peerOptions } = options;
    this.peer = peer ?? new SandboxPeer(peerOptions);
    this.peer.attach(this);
  }

  /** Transport state. */
  get state(): TransportState {
    return this.current;
  }

  /** Transport state change emitter. */
  get stateChange(): Emitter<TransportState> {
    return this.changes;
  }

  /** True when connected. */
  isConnected(): boolean {
    return this.current === TransportState.Connected;
  }

  /** Connects asynchronously; rejects like a failed WebSocket when the peer is not `reachable`. */
  connect(): Promise<void> {
    if (this.current === TransportState.Connected) return Promise.resolve();
    if (this.connecting) return this.connecting;
    this.transition(TransportState.Connecting);
    this.connecting = new Promise((resolve, reject) => {
      setTimeout(() => {
        this.connecting = undefined;
        if (this.current !== TransportState.Connecting) return reject(new Error('Connect aborted.'));
        if (!this.peer.reachable) {
          this.transition(TransportState.Disconnected);
          return reject(new Error('WebSocket closed wss://sandbox.invalid (code: 1006)'));
        }
        this.transition(TransportState.Connected);
        resolve();
      });
    });
    return this.connecting;
  }

  /** Disconnects asynchronously; `onDisconnect` gets no error, as for any requested close. */
  disconnect(): Promise<void> {
    if (this.current === TransportState.Disconnected) return Promise.resolve();
    if (this.disconnecting) return this.disconnecting;
    this.transition(TransportState.Disconnecting);
    this.disconnecting = new Promise((resolve, reject) => {
      setTimeout(() => {
        this.disconnecting = undefined;
        if (this.current !== TransportState.Disconnecting) return reject(new Error('Disconnect aborted.'));
        this.transition(TransportState.Disconnected);
        resolve();
      });
    });
    return this.disconnecting;
  }

  /** Disconnects; the UserAgent calls this when it stops. */
  dispose(): Promise<void> {
    return this.disconnect();
  }

  /** Hands SIP text to the peer on a later task; rejects when not connected. */
  send(message: string): Promise<void> {
    if (!this.isConnected()) return Promise.reject(new Error('Not connected.'));
    setTimeout(() => {
      if (this.isConnected()) this.peer.receive(message);
    });
    return Promise.resolve();
  }

  /** Passes SIP text from the peer to the UserAgent; used by `SandboxPeer`. */
  deliver(message: string): void {
    if (this.isConnected()) this.onMessage?.(message);
  }

  /** Closes the connection with an error, as an unrequested WebSocket close; used by `SandboxPeer.drop()`. */
  drop(error: Error): void {
    if (this.isConnected()) this.transition(TransportState.Disconnected, error);
  }

  private transition(state: TransportState, error?: Error): void {
    const previous = this.current;
    this.current = state;
    this.changes.emit(state);
    if (state === TransportState.Connected) this.onConnect?.();
    if (previous === TransportState.Connected) this.onDisconnect?.(error);
  }
}
