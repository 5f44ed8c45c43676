import { TransportState } from 'sip.js';
import { createFakeSdp } from './createFakeSessionDescriptionHandlerFactory';
import { verifyDigest } from './digest';
import type { SandboxTransport } from './SandboxTransport';
import {
  type CallerScenario,
  defaultCallerScenarios,
  defaultMessageResponses,
  defaultScenarios,
  type Scenario,
  type SipHeaders,
} from './scenarios';
import { formatSipMessage, parseSipMessage, reasonPhrases, type SipMessage, tagOf, uriOf, userOf } from './sipMessage';

/** Options of a `SandboxPeer`; every field has a default. */
export interface SandboxPeerOptions {
  /** Extra or replacement scenarios, merged over `defaultScenarios`. */
  scenarios?: Record<string, Scenario>;
  /** Extra or replacement callers for `peer.call(name)`, merged over `defaultCallerScenarios`. */
  callerScenarios?: Record<string, CallerScenario>;
  /** MESSAGE failure status by user part, merged over `defaultMessageResponses`. */
  messageResponses?: Record<string, number>;
  /** Scenario played when the dialed user has none; default `notfound`. */
  fallback?: string;
  /** Password the `auth`/`proxyauth` scenarios accept; default `secret`. */
  password?: string;
  /** Multiplies every scenario delay, e.g. `50` to watch a demo ring; default `1`. */
  timeScale?: number;
}

/** One SIP message that crossed the sandbox connection, and who sent it. */
export interface SipLogEntry {
  readonly sender: 'ua' | 'peer';
  readonly message: SipMessage;
}

/** A MESSAGE request the peer accepted. */
export interface ReceivedMessage {
  readonly from: string;
  readonly to: string;
  readonly body: string;
  readonly contentType: string;
}

/** Handle on a call the peer placed to the UserAgent. */
export interface PeerCall {
  readonly callId: string;
  /** Sends CANCEL (optionally with a Reason header) if no final response came yet. */
  cancel(reason?: string): void;
  /** Sends BYE (optionally with a Reason header) if the call was answered and is still up. */
  bye(reason?: string): void;
}

/** What `waitFor` looks for: a request method or a response status sent by the UserAgent, or any predicate. */
export type LogMatcher = string | number | ((entry: SipLogEntry) => boolean);

const REALM = 'sandbox';
const HOST = 'sandbox.invalid';

/** State shared by both call directions: enough to send in-dialog requests. */
interface Dialog {
  readonly callId: string;
  /** Our From value (with tag) for requests we send. */
  readonly local: string;
  /** Their To value for requests we send (gets their tag once known). */
  remote: string;
  /** Request-URI for in-dialog requests: their Contact. */
  target: string;
  cseq: number;
  answered: boolean;
  final: boolean;
  ended: boolean;
}

/** A call the UserAgent placed to the peer. */
interface DialedCall extends Dialog {
  readonly invite: SipMessage;
  readonly toTag: string;
  readonly acked: Promise<void>;
  ack(): void;
}

/** A call the peer placed to the UserAgent. */
interface PlacedCall extends Dialog {
  readonly scenario: CallerScenario;
  readonly uri: string;
  readonly inviteTo: string;
  readonly branch: string;
  readonly pracked: Set<string>;
}

const token = () => Math.random().toString(36).slice(2, 12);
const nameAddr = (value: string) => (value.includes('<') ? value : `<${value}>`);
const headerLines = (headers: SipHeaders = {}) =>
  Object.entries(headers).flatMap(([name, value]) =>
    (typeof value === 'string' ? [value] : value).map((v) => `${name}: ${v}`),
  );
const cseqOf = (message: SipMessage) => Number.parseInt(message.header('cseq') ?? '', 10);
const branchOf = (message: SipMessage) => /branch=([^;,\s]+)/.exec(message.header('via') ?? '')?.[1];

/**
 * An in-memory SIP server and far end for a SIP.js `UserAgent`: answers its calls by scenario, places calls to it,
 * accepts REGISTER/OPTIONS/MESSAGE, and logs every message so tests can await them.
 */
export class SandboxPeer {
  /** Scenarios by dialed user part; add more with `defineScenario`. */
  readonly scenarios: Record<string, Scenario>;
  /** Caller scenarios by name, for `call()`. */
  readonly callerScenarios: Record<string, CallerScenario>;
  /** MESSAGE failure status by user part. */
  readonly messageResponses: Record<string, number>;
  /** Every SIP message exchanged, in order. */
  readonly log: SipLogEntry[] = [];
  /** MESSAGE requests the peer accepted, in order. */
  readonly messages: ReceivedMessage[] = [];
  /** Password the digest challenges accept. */
  password: string;
  /** `false` makes `connect()` fail, as if the server could not be reached. */
  reachable = true;
  private attached: SandboxTransport | undefined;

  private readonly fallback: string;
  private readonly timeScale: number;
  private readonly dialed = new Map<string, DialedCall>();
  private readonly placed = new Map<string, PlacedCall>();
  private readonly nonces = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly waiters = new Set<(entry: SipLogEntry) => void>();

  constructor(options: SandboxPeerOptions = {}) {
    this.scenarios = { ...defaultScenarios, ...options.scenarios };
    this.callerScenarios = { ...defaultCallerScenarios, ...options.callerScenarios };
    this.messageResponses = { ...defaultMessageResponses, ...options.messageResponses };
    this.fallback = options.fallback ?? 'notfound';
    this.password = options.password ?? 'secret';
    this.timeScale = options.timeScale ?? 1;
  }

  /** The transport currently attached: the last one constructed with this peer (one UserAgent per peer). */
  get transport(): SandboxTransport | undefined {
    return this.attached;
  }

  /** Adds or replaces the scenario played when the UserAgent dials `sip:<name>@…`. */
  defineScenario(name: string, scenario: Scenario): void {
    this.scenarios[name] = scenario;
  }

  /** Connects a transport to this peer; `SandboxTransport` calls it, apps do not need to. */
  attach(transport: SandboxTransport): void {
    this.attached = transport;
    transport.stateChange.addListener((state) => {
      // A closed connection ends everything the server was doing on it.
      if (state === TransportState.Disconnected && this.attached === transport) this.reset();
    });
  }

  /** Closes the connection from the server side, as an unrequested WebSocket close (`onDisconnect(error)`). */
  drop(code = 1006): void {
    this.transport?.drop(new Error(`WebSocket closed wss://${HOST} (code: ${code})`));
  }

  /** Places a call to the UserAgent, playing a named or inline caller scenario, optionally with overrides. */
  call(scenario: string | CallerScenario = 'ring', overrides: CallerScenario = {}): PeerCall {
    const base = typeof scenario === 'string' ? (this.callerScenarios[scenario] ?? {}) : scenario;
    const s: CallerScenario = { ...base, ...overrides };
    const to = nameAddr(s.to ?? 'sip:alice@sandbox');
    const from = nameAddr(s.from ?? '"Bob" <sip:bob@sandbox>');
    const call: PlacedCall = {
      callId: `sandbox-${token()}`,
      local: `${from};tag=${token()}`,
      remote: to,
      target: uriOf(to),
      uri: uriOf(to),
      inviteTo: to,
      cseq: 1,
      branch: `z9hG4bK${token()}`,
      scenario: s,
      pracked: new Set(),
      answered: false,
      final: false,
      ended: false,
    };
    this.placed.set(call.callId, call);
    const headers = [
      `Contact: <sip:${userOf(from) || 'caller'}@${HOST};transport=ws>`,
      'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, INFO, PRACK',
      ...(s.expires === undefined ? [] : [`Expires: ${s.expires}`]),
      ...(s.require100rel ? ['Require: 100rel'] : []),
      ...headerLines(s.headers),
    ];
    this.request(call, 'INVITE', headers, { branch: call.branch, cseq: 1, body: s.body ?? createFakeSdp() });
    if (s.cancel) {
      const { after, reason } = s.cancel;
      this.later(after, () => this.cancel(call, reason));
    }
    return {
      callId: call.callId,
      cancel: (reason) => this.cancel(call, reason),
      bye: (reason) => this.hangUp(call, reason),
    };
  }

  /**
   * Resolves with the first logged message, past or future, that matches: a method string or status number
   * sent by the UserAgent, or a predicate over any entry. Rejects after `timeout` ms with the timeline.
   */
  waitFor(match: LogMatcher, { timeout = 2000 }: { timeout?: number } = {}): Promise<SipMessage> {
    const test =
      typeof match === 'function'
        ? match
        : ({ sender, message }: SipLogEntry) =>
            sender === 'ua' &&
            (typeof match === 'number' ? message.status === match : !message.status && message.method === match);
    const found = this.log.find(test);
    if (found) return Promise.resolve(found.message);
    return new Promise((resolve, reject) => {
      const waiter = (entry: SipLogEntry) => {
        if (!test(entry)) return;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(entry.message);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const lines = this.timeline().join('\n  ');
        reject(new Error(`SandboxPeer.waitFor(${String(match)}) timed out after ${timeout} ms. Timeline:\n  ${lines}`));
      }, timeout);
      this.waiters.add(waiter);
    });
  }

  /** One line per logged message, e.g. `ua INVITE sip:busy@sandbox` or `peer 486 Busy Here (INVITE)`. */
  timeline(): string[] {
    return this.log.map(({ sender, message: m }) =>
      m.status ? `${sender} ${m.status} ${m.reason} (${m.method})` : `${sender} ${m.method} ${m.uri}`,
    );
  }

  /** Handles SIP text the UserAgent sent; `SandboxTransport` calls it. */
  receive(raw: string): void {
    const message = parseSipMessage(raw);
    if (!message) return;
    this.record('ua', message);
    if (message.status) this.onResponse(message);
    else this.onRequest(message);
  }

  private onRequest(request: SipMessage): void {
    const callId = request.header('call-id') ?? '';
    const inDialog = tagOf(request.header('to') ?? '') !== undefined;
    const tag = inDialog ? {} : { toTag: token() };
    switch (request.method) {
      case 'INVITE':
        if (!inDialog) this.answerInvite(request);
        else this.reply(request, 200, { body: createFakeSdp(), headers: { Contact: this.contactFor(request) } });
        break;
      case 'ACK': {
        // Only the ACK for this INVITE's 2xx counts, not the one for a challenged attempt.
        const call = this.dialed.get(callId);
        if (call && cseqOf(call.invite) === cseqOf(request)) call.ack();
        break;
      }
      case 'CANCEL':
        this.onCancel(request);
        break;
      case 'BYE': {
        const call = this.dialed.get(callId) ?? this.placed.get(callId);
        if (call) call.ended = true;
        this.reply(request, call ? 200 : 481);
        break;
      }
      case 'MESSAGE':
        this.reply(request, this.onMessage(request, inDialog), tag);
        break;
      case 'REGISTER': {
        const contact = request.header('contact');
        this.reply(request, 200, { ...tag, headers: contact && contact !== '*' ? { Contact: contact } : {} });
        break;
      }
      case 'INFO':
      case 'UPDATE':
        // A dialog the peer does not know (e.g. after a `forget` step) does not exist: RFC 5057's 481.
        this.reply(request, this.dialed.has(callId) || this.placed.has(callId) ? 200 : 481, tag);
        break;
      case 'OPTIONS':
      case 'PRACK':
      case 'NOTIFY':
        this.reply(request, 200, tag);
        break;
      default:
        this.reply(request, 405, {
          ...tag,
          headers: { Allow: 'INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, REGISTER' },
        });
    }
  }

  /** CANCEL matches the INVITE by branch; it gets 200 and the INVITE gets 487 unless already answered. */
  private onCancel(cancel: SipMessage): void {
    const call = this.dialed.get(cancel.header('call-id') ?? '');
    if (!call || branchOf(call.invite) !== branchOf(cancel)) {
      this.reply(cancel, 481);
      return;
    }
    this.reply(cancel, 200, { toTag: call.toTag });
    this.respond(call, 487);
  }

  /** Records an accepted MESSAGE and returns the status to answer with. */
  private onMessage(request: SipMessage, inDialog: boolean): number {
    const status = inDialog ? 200 : (this.messageResponses[userOf(request.uri)] ?? 200);
    if (status < 300) {
      this.messages.push({
        from: uriOf(request.header('from') ?? ''),
        to: uriOf(request.header('to') ?? ''),
        body: request.body,
        contentType: request.header('content-type') ?? '',
      });
    }
    return status;
  }

  private answerInvite(invite: SipMessage): void {
    const callId = invite.header('call-id') ?? '';
    const toTag = token();
    let ack = () => {};
    const acked = new Promise<void>((resolve) => {
      ack = resolve;
    });
    const call: DialedCall = {
      callId,
      invite,
      toTag,
      local: `${invite.header('to')};tag=${toTag}`,
      remote: invite.header('from') ?? '',
      target: uriOf(invite.header('contact') ?? ''),
      cseq: 0,
      acked,
      ack,
      answered: false,
      final: false,
      ended: false,
    };
    // An authenticated retry reuses the Call-ID; it replaces the challenged attempt.
    this.dialed.set(callId, call);
    void this.play(call, this.scenarios[userOf(invite.uri)] ?? this.scenarios[this.fallback] ?? []);
  }

  private async play(call: DialedCall, scenario: Scenario): Promise<void> {
    for (const step of scenario) {
      await new Promise<void>((resolve) => this.later(step.after ?? 0, resolve));
      if (call.ended || this.dialed.get(call.callId) !== call) return;
      if ('silence' in step) return;
      if ('drop' in step) return this.drop();
      if ('forget' in step) {
        this.dialed.delete(call.callId);
        return;
      }
      if ('respond' in step) {
        this.respond(call, step.respond, step);
        if (call.ended) return;
      } else if ('answer' in step) {
        this.respond(call, 200, { body: step.body ?? createFakeSdp() });
        await call.acked;
      } else if ('bye' in step) {
        this.hangUp(call, step.bye === true ? undefined : step.bye.reason);
      } else if ('challenge' in step) {
        const status = step.challenge;
        const credentials = call.invite.header(status === 401 ? 'authorization' : 'proxy-authorization');
        if (credentials && verifyDigest(credentials, 'INVITE', this.password, REALM, this.nonces)) continue;
        const nonce = token();
        this.nonces.add(nonce);
        const name = status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate';
        return this.respond(call, status, {
          headers: { [name]: `Digest realm="${REALM}", nonce="${nonce}", algorithm=MD5, qop="auth"` },
        });
      } else {
        step satisfies never;
      }
    }
  }

  /** Sends CANCEL for a placed call that has no final response yet. */
  private cancel(call: PlacedCall, reason: string | undefined): void {
    if (call.final || call.ended) return;
    const headers = reason ? [`Reason: ${reason}`] : [];
    this.request(call, 'CANCEL', headers, { branch: call.branch, cseq: 1, uri: call.uri, to: call.inviteTo });
  }

  /** Sends BYE in an answered dialog that is still up. */
  private hangUp(call: Dialog, reason: string | undefined): void {
    if (!call.answered || call.ended) return;
    call.ended = true;
    this.request(call, 'BYE', reason ? [`Reason: ${reason}`] : []);
  }

  /** Sends a response to the dialed call's INVITE, keeping the call's state in step. */
  private respond(
    call: DialedCall,
    status: number,
    options: { reason?: string; headers?: SipHeaders; body?: string; contentType?: string } = {},
  ): void {
    if (call.final) return;
    const needsContact =
      status > 100 && status < 300 && !Object.keys(options.headers ?? {}).some((name) => /^contact$/i.test(name));
    const headers = needsContact ? { Contact: this.contactFor(call.invite), ...options.headers } : options.headers;
    this.reply(call.invite, status, { ...options, headers, toTag: status > 100 ? call.toTag : undefined });
    call.final = status >= 200;
    call.answered = status >= 200 && status < 300;
    call.ended = status >= 300;
  }

  private onResponse(response: SipMessage): void {
    const call = this.placed.get(response.header('call-id') ?? '');
    if (!call || response.method !== 'INVITE' || call.ended) return;
    const { status } = response;
    const to = response.header('to') ?? '';
    if (status > 100 && tagOf(to)) {
      call.remote = to;
      call.target = uriOf(response.header('contact') ?? '') || call.target;
    }
    if (status < 200) {
      const rseq = response.header('rseq');
      const reliable = /100rel/i.test(response.header('require') ?? '') && rseq !== undefined;
      if (!reliable || call.scenario.prack === false || call.pracked.has(rseq)) return;
      call.pracked.add(rseq);
      this.request(call, 'PRACK', [`RAck: ${rseq} 1 INVITE`]);
      return;
    }
    if (status >= 300) {
      // The ACK for a failure belongs to the INVITE transaction: same branch, same Request-URI.
      call.final = call.ended = true;
      this.request(call, 'ACK', [], { branch: call.branch, cseq: 1, uri: call.uri });
      return;
    }
    call.final = true;
    if (call.scenario.ack === false) return;
    this.request(call, 'ACK', [], { cseq: 1 });
    if (call.answered) return;
    call.answered = true;
    const { bye } = call.scenario;
    if (bye) this.later(bye.after, () => this.hangUp(call, bye.reason));
  }

  /** Our Contact for responses to an INVITE: the dialed user at the sandbox host. */
  private contactFor(request: SipMessage): string {
    return `<sip:${userOf(request.uri) || 'sandbox'}@${HOST};transport=ws>`;
  }

  private reply(
    request: SipMessage,
    status: number,
    options: {
      reason?: string;
      headers?: SipHeaders | undefined;
      body?: string;
      contentType?: string;
      toTag?: string | undefined;
    } = {},
  ): void {
    const to = request.header('to') ?? '';
    const lines = [
      ...request.headers('via').map((via) => `Via: ${via}`),
      `From: ${request.header('from')}`,
      `To: ${options.toTag && !tagOf(to) ? `${to};tag=${options.toTag}` : to}`,
      `Call-ID: ${request.header('call-id')}`,
      `CSeq: ${request.header('cseq')}`,
      ...headerLines(options.headers),
    ];
    const reason = options.reason ?? reasonPhrases[status] ?? 'Unknown';
    this.send(formatSipMessage(`SIP/2.0 ${status} ${reason}`, lines, options.body, options.contentType));
  }

  private request(
    dialog: Dialog,
    method: string,
    headers: string[],
    options: { branch?: string; cseq?: number; uri?: string; to?: string; body?: string } = {},
  ): void {
    const cseq = options.cseq ?? ++dialog.cseq;
    const lines = [
      `Via: SIP/2.0/WSS ${HOST};branch=${options.branch ?? `z9hG4bK${token()}`}`,
      'Max-Forwards: 70',
      `From: ${dialog.local}`,
      `To: ${options.to ?? dialog.remote}`,
      `Call-ID: ${dialog.callId}`,
      `CSeq: ${cseq} ${method}`,
      ...headers,
    ];
    this.send(formatSipMessage(`${method} ${options.uri ?? dialog.target} SIP/2.0`, lines, options.body));
  }

  /** Delivers SIP text to the UserAgent asynchronously, as a socket would, unless the connection closed meanwhile. */
  private send(raw: string): void {
    this.later(0, () => {
      const message = parseSipMessage(raw);
      if (!message || !this.transport?.isConnected()) return;
      this.record('peer', message);
      this.transport.deliver(raw);
    });
  }

  private record(sender: SipLogEntry['sender'], message: SipMessage): void {
    const entry = { sender, message };
    this.log.push(entry);
    for (const waiter of [...this.waiters]) waiter(entry);
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms * this.timeScale);
    this.timers.add(timer);
  }

  /** Forgets calls and pending timers, as a server does when the connection closes. */
  private reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.dialed.clear();
    this.placed.clear();
  }
}
