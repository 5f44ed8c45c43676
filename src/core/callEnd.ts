import type { CallEndCause } from './causes';
import type { ReasonHeader, RetryAfter, SipWarning } from './headers';

/** Who ended the call: us, the far end (or a server on its behalf), or the system (network, timers, browser). */
export type CallEndOriginator = 'local' | 'remote' | 'system';

/** Which way the call went: we called (`Inviter`) or we were called (`Invitation`). */
export type CallDirection = 'outgoing' | 'incoming';

/** Why and how a call ended: the record every layer above the core shows. Immutable once made. */
export interface CallEnd {
  /** The cause, from the legacy SIP.js taxonomy. */
  cause: CallEndCause;
  /** Who ended the call. */
  originator: CallEndOriginator;
  /** Which way the call went. */
  direction: CallDirection;
  /** SIP status code of the final response that ended the call, if one did. */
  statusCode?: number;
  /** The reason phrase of that response, exactly as received (remote text: show as plain text only). */
  reasonPhrase?: string;
  /** Every `Reason` header value seen on the final response, BYE or CANCEL. */
  reasons: ReasonHeader[];
  /** The parsed `Retry-After` header, if any. */
  retryAfter?: RetryAfter;
  /** Contact URIs of a 3xx response, highest `q` first. */
  redirectTargets: string[];
  /** The first `Warning` header, if any. */
  warning?: SipWarning;
  /** When the call ended (`Date.now()` milliseconds). */
  endedAt: number;
  /** When the call was answered, if it was. */
  answeredAt?: number;
  /** True when the response was made up by SIP.js itself (its internal 408 timeout or 503 transport error), not received. */
  internal?: boolean;
  /** True only when the tracker met a session that had already ended, so the real cause could not be learned. */
  unknown?: boolean;
}
