import type { CallEndCause } from './causes';
import type { ReasonHeader, RetryAfter, SipWarning } from './headers';

/** Who ended the call: us, the far end (or a server on its behalf), or the system (network, timers, browser). */
export type CallEndOriginator = 'local' | 'remote' | 'system';

/** Which way the call went: we called (`Inviter`) or we were called (`Invitation`). */
export type CallDirection = 'outgoing' | 'incoming';

/** Why and how a call ended: the record every layer above the core shows. Immutable once made. */
export interface CallEnd {
  /** The cause, from the legacy SIP.js taxonomy. */
  readonly cause: CallEndCause;
  /** Who ended the call. */
  readonly originator: CallEndOriginator;
  /** Which way the call went. */
  readonly direction: CallDirection;
  /** SIP status code of the final response that ended the call, if one did. */
  readonly statusCode?: number;
  /** The reason phrase of that response, exactly as received (remote text: show as plain text only). */
  readonly reasonPhrase?: string;
  /** Every `Reason` header value seen on the final response, BYE or CANCEL. */
  readonly reasons: readonly ReasonHeader[];
  /** The parsed `Retry-After` header, if any. */
  readonly retryAfter?: RetryAfter;
  /** Contact URIs of a 3xx response, highest `q` first. */
  readonly redirectTargets: readonly string[];
  /** The first `Warning` header, if any. */
  readonly warning?: SipWarning;
  /** When the call ended (`Date.now()` milliseconds). */
  readonly endedAt: number;
  /** When the call was answered, if it was. */
  readonly answeredAt?: number;
  /** True when the response was made up by SIP.js itself (its internal 408 timeout or 503 transport error), not received. */
  readonly internal?: boolean;
  /** True only when the tracker met a session that had already ended, so the real cause could not be learned. */
  readonly unknown?: boolean;
}
