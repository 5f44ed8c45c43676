import type { CallDirection, CallEnd, CallEndOriginator } from '../core/callEnd';
import { CallEndCause } from '../core/causes';

type Fixture = Omit<CallEnd, 'direction' | 'endedAt' | 'reasons' | 'redirectTargets'> &
  Partial<Pick<CallEnd, 'reasons' | 'redirectTargets'>>;

const remote = 'remote' satisfies CallEndOriginator;

/** A realistic end for each cause of an outgoing call, as the tracker records it. */
const outgoing: Record<keyof typeof CallEndCause, Fixture> = {
  INVALID_TARGET: { cause: CallEndCause.INVALID_TARGET, originator: 'local' },
  CONNECTION_ERROR: { cause: CallEndCause.CONNECTION_ERROR, originator: 'system', statusCode: 503, internal: true },
  REQUEST_TIMEOUT: { cause: CallEndCause.REQUEST_TIMEOUT, originator: 'system', statusCode: 408, internal: true },
  SIP_FAILURE_CODE: {
    cause: CallEndCause.SIP_FAILURE_CODE,
    originator: remote,
    statusCode: 599,
    reasonPhrase: 'Weird Failure',
  },
  BUSY: {
    cause: CallEndCause.BUSY,
    originator: remote,
    statusCode: 486,
    reasonPhrase: 'Busy Here',
    retryAfter: { seconds: 30 },
    reasons: [{ protocol: 'Q.850', cause: 17, text: 'User busy' }],
  },
  REJECTED: {
    cause: CallEndCause.REJECTED,
    originator: remote,
    statusCode: 603,
    reasonPhrase: 'Decline',
    reasons: [{ protocol: 'Q.850', cause: 21, text: 'Call rejected' }],
  },
  REDIRECTED: {
    cause: CallEndCause.REDIRECTED,
    originator: remote,
    statusCode: 300,
    reasonPhrase: 'Multiple Choices',
    redirectTargets: ['sip:bob@desk.example.com', 'sip:bob@mobile.example.com'],
  },
  UNAVAILABLE: {
    cause: CallEndCause.UNAVAILABLE,
    originator: remote,
    statusCode: 480,
    reasonPhrase: 'Temporarily Unavailable',
    retryAfter: { seconds: 60, comment: "I'm in a meeting" },
  },
  NOT_FOUND: { cause: CallEndCause.NOT_FOUND, originator: remote, statusCode: 404, reasonPhrase: 'Not Found' },
  ADDRESS_INCOMPLETE: {
    cause: CallEndCause.ADDRESS_INCOMPLETE,
    originator: remote,
    statusCode: 484,
    reasonPhrase: 'Address Incomplete',
  },
  INCOMPATIBLE_SDP: {
    cause: CallEndCause.INCOMPATIBLE_SDP,
    originator: remote,
    statusCode: 488,
    reasonPhrase: 'Not Acceptable Here',
    warning: { code: 305, agent: 'proxy.example.com', text: 'Incompatible media format' },
  },
  AUTHENTICATION_ERROR: {
    cause: CallEndCause.AUTHENTICATION_ERROR,
    originator: remote,
    statusCode: 401,
    reasonPhrase: 'Unauthorized',
  },
  BYE: {
    cause: CallEndCause.BYE,
    originator: remote,
    reasons: [{ protocol: 'Q.850', cause: 16, text: 'Normal call clearing' }],
    answeredAt: 0,
  },
  CANCELED: { cause: CallEndCause.CANCELED, originator: 'local', statusCode: 487, reasonPhrase: 'Request Terminated' },
  NO_ANSWER: { cause: CallEndCause.NO_ANSWER, originator: 'system' },
  EXPIRES: { cause: CallEndCause.EXPIRES, originator: 'system' },
  NO_ACK: { cause: CallEndCause.NO_ACK, originator: 'system', answeredAt: 0 },
  NO_PRACK: { cause: CallEndCause.NO_PRACK, originator: 'system' },
  USER_DENIED_MEDIA_ACCESS: { cause: CallEndCause.USER_DENIED_MEDIA_ACCESS, originator: 'local' },
  WEBRTC_NOT_SUPPORTED: { cause: CallEndCause.WEBRTC_NOT_SUPPORTED, originator: 'system' },
  RTP_TIMEOUT: { cause: CallEndCause.RTP_TIMEOUT, originator: 'system', answeredAt: 0 },
  BAD_MEDIA_DESCRIPTION: {
    cause: CallEndCause.BAD_MEDIA_DESCRIPTION,
    originator: 'system',
    reasons: [{ protocol: 'SIP', cause: 488, text: 'Not Acceptable Here' }],
  },
  DIALOG_ERROR: {
    cause: CallEndCause.DIALOG_ERROR,
    originator: remote,
    statusCode: 481,
    reasonPhrase: 'Call/Transaction Does Not Exist',
    answeredAt: 0,
  },
  COMPLETED_ELSEWHERE: {
    cause: CallEndCause.COMPLETED_ELSEWHERE,
    originator: remote,
    reasons: [{ protocol: 'SIP', cause: 200, text: 'Call completed elsewhere' }],
  },
};

/** How each cause looks on an incoming call: remote CANCELs, our own rejections, SIP.js timers. */
const incoming: Partial<Record<keyof typeof CallEndCause, Fixture>> = {
  CANCELED: { cause: CallEndCause.CANCELED, originator: remote },
  COMPLETED_ELSEWHERE: outgoing.COMPLETED_ELSEWHERE,
  BUSY: { cause: CallEndCause.BUSY, originator: 'local', statusCode: 486 },
  REJECTED: { cause: CallEndCause.REJECTED, originator: 'local', statusCode: 603 },
  UNAVAILABLE: { cause: CallEndCause.UNAVAILABLE, originator: 'local', statusCode: 480 },
  SIP_FAILURE_CODE: { cause: CallEndCause.SIP_FAILURE_CODE, originator: 'local', statusCode: 500 },
  BYE: outgoing.BYE,
  CONNECTION_ERROR: { cause: CallEndCause.CONNECTION_ERROR, originator: 'system' },
  NOT_FOUND: { cause: CallEndCause.NOT_FOUND, originator: 'local', statusCode: 404 },
  ADDRESS_INCOMPLETE: { cause: CallEndCause.ADDRESS_INCOMPLETE, originator: 'local', statusCode: 484 },
  INCOMPATIBLE_SDP: { cause: CallEndCause.INCOMPATIBLE_SDP, originator: 'local', statusCode: 488 },
  REDIRECTED: { cause: CallEndCause.REDIRECTED, originator: 'local', statusCode: 302 },
  AUTHENTICATION_ERROR: { cause: CallEndCause.AUTHENTICATION_ERROR, originator: 'local', statusCode: 407 },
  BAD_MEDIA_DESCRIPTION: { cause: CallEndCause.BAD_MEDIA_DESCRIPTION, originator: 'system' },
};

/** Responses that share a seed cause but read differently: 403 Forbidden, 607 Unwanted, 608 Rejected, a server's 503. */
const special: Record<string, Fixture> = {
  FORBIDDEN: { cause: CallEndCause.REJECTED, originator: remote, statusCode: 403, reasonPhrase: 'Forbidden' },
  UNWANTED: { cause: CallEndCause.SIP_FAILURE_CODE, originator: remote, statusCode: 607, reasonPhrase: 'Unwanted' },
  BLOCKED: { cause: CallEndCause.SIP_FAILURE_CODE, originator: remote, statusCode: 608, reasonPhrase: 'Rejected' },
  SERVER_ERROR: {
    cause: CallEndCause.SIP_FAILURE_CODE,
    originator: remote,
    statusCode: 503,
    reasonPhrase: 'Service Unavailable',
    retryAfter: { seconds: 120 },
  },
  LOCAL_BYE: { cause: CallEndCause.BYE, originator: 'local', answeredAt: 0 },
};

/** One named fixture: a `CallEnd` for a cause and direction (or a special response), ended at `endedAt`. */
export interface CallEndFixture {
  /** e.g. `outgoing/BUSY`, `incoming/CANCELED`, `outgoing/UNWANTED`. */
  readonly name: string;
  readonly direction: CallDirection;
  readonly end: CallEnd;
}

/**
 * Realistic `CallEnd` records for every cause on outgoing calls, every cause an incoming call can have, and the special
 * responses; shared by the kit's tests and stories, and handy for an app's own UI tests.
 */
export function callEndFixtures(endedAt = Date.now()): CallEndFixture[] {
  const make = (direction: CallDirection, name: string, fixture: Fixture): CallEndFixture => ({
    name: `${direction}/${name}`,
    direction,
    end: Object.freeze({
      reasons: [],
      redirectTargets: [],
      ...fixture,
      ...(fixture.answeredAt === undefined ? {} : { answeredAt: endedAt - 95_000 }),
      direction,
      endedAt,
    }),
  });
  return [
    ...Object.entries(outgoing).map(([name, fixture]) => make('outgoing', name, fixture)),
    ...Object.entries(special).map(([name, fixture]) => make('outgoing', name, fixture)),
    ...Object.entries(incoming).map(([name, fixture]) => make('incoming', name, fixture)),
  ];
}
