/**
 * Why a call ended or failed: the legacy SIP.js `SIP.C.causes` taxonomy with its exact string values,
 * plus `COMPLETED_ELSEWHERE` (a CANCEL carrying `Reason: SIP;cause=200`).
 */
export const CallEndCause = {
  INVALID_TARGET: 'Invalid target',
  CONNECTION_ERROR: 'Connection Error',
  REQUEST_TIMEOUT: 'Request Timeout',
  SIP_FAILURE_CODE: 'SIP Failure Code',
  BUSY: 'Busy',
  REJECTED: 'Rejected',
  REDIRECTED: 'Redirected',
  UNAVAILABLE: 'Unavailable',
  NOT_FOUND: 'Not Found',
  ADDRESS_INCOMPLETE: 'Address Incomplete',
  INCOMPATIBLE_SDP: 'Incompatible SDP',
  AUTHENTICATION_ERROR: 'Authentication Error',
  BYE: 'Terminated',
  CANCELED: 'Canceled',
  NO_ANSWER: 'No Answer',
  EXPIRES: 'Expires',
  NO_ACK: 'No ACK',
  NO_PRACK: 'No PRACK',
  USER_DENIED_MEDIA_ACCESS: 'User Denied Media Access',
  WEBRTC_NOT_SUPPORTED: 'WebRTC not supported',
  RTP_TIMEOUT: 'RTP Timeout',
  BAD_MEDIA_DESCRIPTION: 'Bad Media Description',
  DIALOG_ERROR: 'Dialog Error',
  COMPLETED_ELSEWHERE: 'Call completed elsewhere',
} as const;

/** The union of every cause value, e.g. `'Busy'`. */
export type CallEndCause = (typeof CallEndCause)[keyof typeof CallEndCause];

/** Every cause value, in declaration order. */
export const allCallEndCauses: readonly CallEndCause[] = /* @__PURE__ */ Object.freeze(Object.values(CallEndCause));

/** Legacy SIP.js shape, so code written against `SIP.C.causes` keeps working: `C.causes.BUSY === 'Busy'`. */
export const C = /* @__PURE__ */ Object.freeze({ causes: CallEndCause });

/** The seed's status-code groups; any other 300–699 response is `SIP_FAILURE_CODE`. */
export const statusCodeCauses: Readonly<Record<number, CallEndCause>> = Object.freeze({
  486: CallEndCause.BUSY,
  600: CallEndCause.BUSY,
  403: CallEndCause.REJECTED,
  603: CallEndCause.REJECTED,
  300: CallEndCause.REDIRECTED,
  301: CallEndCause.REDIRECTED,
  302: CallEndCause.REDIRECTED,
  305: CallEndCause.REDIRECTED,
  380: CallEndCause.REDIRECTED,
  408: CallEndCause.UNAVAILABLE,
  410: CallEndCause.UNAVAILABLE,
  430: CallEndCause.UNAVAILABLE,
  480: CallEndCause.UNAVAILABLE,
  404: CallEndCause.NOT_FOUND,
  604: CallEndCause.NOT_FOUND,
  484: CallEndCause.ADDRESS_INCOMPLETE,
  488: CallEndCause.INCOMPATIBLE_SDP,
  606: CallEndCause.INCOMPATIBLE_SDP,
  401: CallEndCause.AUTHENTICATION_ERROR,
  407: CallEndCause.AUTHENTICATION_ERROR,
});

/**
 * Maps a final SIP response status code to its cause, by the seed table.
 *
 * Total: any other integer 300–699 is `SIP_FAILURE_CODE`; so is anything that is not a final
 * failure code (a non-integer, `NaN`, < 300 or > 699), because the caller asked about a failure
 * it could not describe better. It never throws.
 */
export function causeFromStatusCode(code: number): CallEndCause {
  return (Number.isInteger(code) && statusCodeCauses[code]) || CallEndCause.SIP_FAILURE_CODE;
}

/** Type guard: is `value` one of the cause strings? */
export function isCallEndCause(value: unknown): value is CallEndCause {
  return typeof value === 'string' && (allCallEndCauses as readonly string[]).includes(value);
}
