export {
  type CallAction,
  type CallSeverity,
  causeKey,
  type FollowUpPolicy,
  followUpFor,
  followUpTable,
  retryAvailableAt,
} from './actions';
export type { CallDirection, CallEnd, CallEndOriginator } from './callEnd';
export { allCallEndCauses, C, CallEndCause, causeFromStatusCode, isCallEndCause, statusCodeCauses } from './causes';
export {
  type ContactEntry,
  parseContacts,
  parseReason,
  parseRetryAfter,
  parseWarning,
  type ReasonHeader,
  type RetryAfter,
  type SipWarning,
} from './headers';
export { type MadeInviter, makeInviter, targetURI } from './makeInviter';
export { q850CauseName, q850CauseNames } from './q850';
export {
  type CallPhase,
  causeFromMediaError,
  endedTracker,
  isWebRTCSupported,
  type SessionSnapshot,
  type SessionTracker,
  type TrackSessionOptions,
  trackSession,
} from './sessionTracker';
export {
  type CallHistoryEntry,
  type TrackUserAgentOptions,
  type TransportStatus,
  trackUserAgent,
  type UserAgentSnapshot,
  type UserAgentTracker,
} from './userAgentTracker';
