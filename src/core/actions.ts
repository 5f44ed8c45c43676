import type { CallEnd } from './callEnd';
import { CallEndCause } from './causes';

/** A next step the UI can offer once a call has ended. */
export type CallAction =
  | 'retry'
  | 'messageBack'
  | 'callRedirectTarget'
  | 'editTarget'
  | 'authenticate'
  | 'grantMedia'
  | 'callBack';

/** How serious an end is, for the UI to pick `role="status"` (info, warning) or `role="alert"` (error). */
export type CallSeverity = 'info' | 'warning' | 'error';

/** The follow-up a cause offers: which actions, whether `Retry-After` gates `retry`, and how serious it is. */
export interface FollowUpPolicy {
  /** Actions in the order a UI should show them; the first is the primary one. */
  readonly actions: readonly CallAction[];
  /** When true and the response carried `Retry-After`, `retry` stays disabled until that time. */
  readonly retryAfterGatesRetry: boolean;
  /** How serious this end is. */
  readonly severity: CallSeverity;
}

type CauseKey = keyof typeof CallEndCause;
type Row = readonly [
  outgoing: readonly CallAction[],
  incoming: readonly CallAction[],
  severity: CallSeverity,
  gate?: 1,
];

const none: readonly CallAction[] = [];
const retry: readonly CallAction[] = ['retry'];
const callBack: readonly CallAction[] = ['callBack'];
const missed: readonly CallAction[] = ['callBack', 'messageBack'];
const edit: readonly CallAction[] = ['editTarget'];
const tryLater: readonly CallAction[] = ['retry', 'messageBack'];

/**
 * The follow-up policy as data: for each cause, the actions for an outgoing and for an incoming call, its severity,
 * and whether `Retry-After` gates `retry`. Incoming calls that we ended ourselves offer a call back.
 */
export const followUpTable: Readonly<Record<CauseKey, Row>> = {
  INVALID_TARGET: [edit, none, 'error'],
  CONNECTION_ERROR: [retry, callBack, 'error'],
  REQUEST_TIMEOUT: [retry, callBack, 'error'],
  SIP_FAILURE_CODE: [retry, callBack, 'error', 1],
  BUSY: [tryLater, callBack, 'warning', 1],
  REJECTED: [tryLater, callBack, 'warning', 1],
  REDIRECTED: [['callRedirectTarget'], callBack, 'info'],
  UNAVAILABLE: [tryLater, callBack, 'warning', 1],
  NOT_FOUND: [edit, callBack, 'error'],
  ADDRESS_INCOMPLETE: [edit, callBack, 'error'],
  INCOMPATIBLE_SDP: [retry, callBack, 'error'],
  AUTHENTICATION_ERROR: [['authenticate'], callBack, 'error'],
  BYE: [retry, callBack, 'info'],
  CANCELED: [retry, missed, 'info'],
  NO_ANSWER: [tryLater, missed, 'warning'],
  EXPIRES: [retry, missed, 'warning'],
  NO_ACK: [retry, callBack, 'error'],
  NO_PRACK: [retry, callBack, 'error'],
  USER_DENIED_MEDIA_ACCESS: [['grantMedia', 'retry'], ['grantMedia', 'callBack'], 'error'],
  WEBRTC_NOT_SUPPORTED: [none, none, 'error'],
  RTP_TIMEOUT: [retry, callBack, 'error'],
  BAD_MEDIA_DESCRIPTION: [retry, callBack, 'error'],
  DIALOG_ERROR: [retry, callBack, 'error'],
  COMPLETED_ELSEWHERE: [none, none, 'info'],
};

/**
 * Responses that the seed files under a broad cause but that call for their own follow-up:
 * 403 Forbidden (retrying won't help), 607 Unwanted (RFC 8197: the callee marked it unwanted, so no retry and no message),
 * 608 Rejected (RFC 8688: an intermediary blocked it; only the provider can help).
 */
const statusOverrides: Readonly<Record<number, Row>> = {
  403: [none, none, 'error'],
  607: [none, none, 'warning'],
  608: [none, none, 'error'],
};

const causeKeys = Object.fromEntries(Object.entries(CallEndCause).map(([key, value]) => [value, key])) as Record<
  CallEndCause,
  CauseKey
>;

/** The key of `CallEndCause` for a cause value, e.g. `'Busy'` → `'BUSY'`. */
export function causeKey(cause: CallEndCause): CauseKey {
  return causeKeys[cause];
}

/** The follow-up policy for an ended call: which actions to offer, whether Retry-After gates retry, and the severity. */
export function followUpFor(end: Pick<CallEnd, 'cause' | 'direction' | 'statusCode' | 'originator'>): FollowUpPolicy {
  const isOutgoing = end.direction === 'outgoing';
  const override = isOutgoing && end.statusCode !== undefined && statusOverrides[end.statusCode];
  const [outgoing, incoming, severity, gate] =
    (override || followUpTable[causeKey(end.cause)]) ?? followUpTable.SIP_FAILURE_CODE;
  return {
    actions: isOutgoing ? outgoing : incoming,
    retryAfterGatesRetry: gate === 1,
    // A call we missed or declined ourselves is news, not a failure.
    severity: end.direction === 'incoming' && (incoming === missed || end.originator === 'local') ? 'info' : severity,
  };
}

/**
 * When `retry` becomes available (`Date.now()` milliseconds): `endedAt + Retry-After` when the policy lets Retry-After gate
 * retry, else `endedAt`.
 */
export function retryAvailableAt(end: CallEnd): number {
  const { retryAfter } = end;
  return retryAfter && followUpFor(end).retryAfterGatesRetry ? end.endedAt + retryAfter.seconds * 1000 : end.endedAt;
}
