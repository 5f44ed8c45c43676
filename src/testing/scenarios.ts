/** Extra header fields for a step; an array value sends that header field once per entry. */
export type SipHeaders = Readonly<Record<string, string | readonly string[]>>;

/** Sends a response to the INVITE; 101–299 get a To tag and a Contact, 300–699 end the scenario. */
export interface RespondStep {
  readonly respond: number;
  readonly reason?: string;
  readonly headers?: SipHeaders;
  readonly body?: string;
  readonly contentType?: string;
  readonly after?: number;
}

/** Answers with 200 OK carrying SDP (or `body`), then waits for the ACK before the next step. */
export interface AnswerStep {
  readonly answer: true;
  readonly body?: string;
  readonly after?: number;
}

/** Hangs up the answered call with a BYE, optionally carrying a Reason header. */
export interface ByeStep {
  readonly bye: true | { readonly reason?: string };
  readonly after?: number;
}

/** Closes the connection as if the WebSocket dropped (the UserAgent gets `onDisconnect(error)`). */
export interface DropStep {
  readonly drop: true;
  readonly after?: number;
}

/** Does nothing more: no response at all, or the call just stays as it is. */
export interface SilenceStep {
  readonly silence: true;
  readonly after?: number;
}

/** Forgets the answered call, as if the far end restarted: in-dialog requests then get `481`. */
export interface ForgetStep {
  readonly forget: true;
  readonly after?: number;
}

/** Asks for digest credentials (401 or 407); goes on to the next step only once the INVITE carries the right ones. */
export interface ChallengeStep {
  readonly challenge: 401 | 407;
  readonly after?: number;
}

/** One thing the far end does while answering a call; `after` waits that many ms first. */
export type ScenarioStep = RespondStep | AnswerStep | ByeStep | DropStep | SilenceStep | ChallengeStep | ForgetStep;

/** What the far end does, step by step, when the UserAgent calls `sip:<name>@…`. */
export type Scenario = readonly ScenarioStep[];

/** What the far-end caller does in a call placed to the UserAgent with `peer.call()`. */
export interface CallerScenario {
  /** Caller identity, a URI or name-addr; default `"Bob" <sip:bob@sandbox>`. */
  readonly from?: string;
  /** Callee, a URI or name-addr; must name the UserAgent's user; default `sip:alice@sandbox`. */
  readonly to?: string;
  /** Sends CANCEL this many ms after the INVITE unless a final response came first. */
  readonly cancel?: { readonly after: number; readonly reason?: string };
  /** Sends BYE this many ms after ACKing the UserAgent's 2xx. */
  readonly bye?: { readonly after: number; readonly reason?: string };
  /** `false`: never ACK the 2xx, so SIP.js gives up after Timer L. */
  readonly ack?: boolean;
  /** `false`: never PRACK a reliable provisional response. */
  readonly prack?: boolean;
  /** Expires header of the INVITE, in seconds. */
  readonly expires?: number;
  /** Adds `Require: 100rel`, so SIP.js must send reliable provisional responses. */
  readonly require100rel?: boolean;
  /** Extra header fields of the INVITE. */
  readonly headers?: SipHeaders;
  /** INVITE body (SDP offer); default a tiny valid offer. */
  readonly body?: string;
}

const NORMAL_CLEARING = 'Q.850;cause=16;text="Normal call clearing"';

/** Built-in answers to calls from the UserAgent, by the dialed user part: `sip:busy@sandbox` plays `busy`. */
export const defaultScenarios: Readonly<Record<string, Scenario>> = {
  busy: [{ respond: 486, headers: { 'Retry-After': '30' } }],
  busyeverywhere: [{ respond: 600 }],
  forbidden: [{ respond: 403 }],
  decline: [{ respond: 603, headers: { Reason: 'Q.850;cause=21;text="Call rejected"' } }],
  redirect: [{ respond: 302, headers: { Contact: '<sip:bob@elsewhere.sandbox>' } }],
  multiple: [
    {
      respond: 300,
      headers: {
        Contact: [
          '"Bob, desk" <sip:bob@desk.sandbox>;q=0.9, <sip:bob@mobile.sandbox>;q=0.5',
          '<sip:bob@home.sandbox>;q=0.1',
        ],
      },
    },
  ],
  movedperm: [{ respond: 301, headers: { Contact: '<sip:bob@new.sandbox>' } }],
  gone: [{ respond: 410 }],
  unavailable: [{ respond: 480, headers: { 'Retry-After': '60' } }],
  flowfailed: [{ respond: 430 }],
  notfound: [{ respond: 404 }],
  nowhere: [{ respond: 604 }],
  incomplete: [{ respond: 484 }],
  badsdp: [{ respond: 488, headers: { Warning: '305 sandbox "Incompatible media format"' } }],
  notacceptable: [{ respond: 606 }],
  weird: [{ respond: 599, reason: 'Weird Failure' }],
  servererror: [{ respond: 500 }],
  overloaded: [{ respond: 503, headers: { 'Retry-After': '120' } }],
  unwanted: [{ respond: 607 }],
  blocked: [{ respond: 608 }],
  timeout: [{ respond: 408 }],
  auth: [{ challenge: 401 }, { respond: 180 }, { answer: true, after: 20 }],
  proxyauth: [{ challenge: 407 }, { respond: 180 }, { answer: true, after: 20 }],
  ring: [{ respond: 180 }],
  answer: [{ respond: 180 }, { answer: true, after: 20 }],
  hangup: [{ respond: 180 }, { answer: true, after: 20 }, { bye: { reason: NORMAL_CLEARING }, after: 20 }],
  'drop-ringing': [{ respond: 180 }, { drop: true, after: 20 }],
  'drop-connected': [{ respond: 180 }, { answer: true, after: 20 }, { drop: true, after: 20 }],
  silent: [{ silence: true }],
  amnesia: [{ respond: 180 }, { answer: true, after: 20 }, { forget: true }],
  badanswer: [{ respond: 180 }, { answer: true, body: 'this is not SDP', after: 20 }],
};

/** Built-in callers for `peer.call(name)`: what the far end does after sending its INVITE to the UserAgent. */
export const defaultCallerScenarios: Readonly<Record<string, CallerScenario>> = {
  ring: {},
  cancel: { cancel: { after: 20 } },
  elsewhere: { cancel: { after: 20, reason: 'SIP;cause=200;text="Call completed elsewhere"' } },
  hangup: { bye: { after: 20, reason: NORMAL_CLEARING } },
  noack: { ack: false },
  reliable: { require100rel: true },
  noprack: { require100rel: true, prack: false },
  expires: { expires: 2 },
};

/** Built-in failures for MESSAGE requests, by the user part of the Request-URI; anyone else gets 200. */
export const defaultMessageResponses: Readonly<Record<string, number>> = {
  notfound: 404,
  unavailable: 480,
  overloaded: 503,
};
