import { describe, expect, it } from 'vitest';
import { allCallEndCauses, C, CallEndCause, causeFromStatusCode, isCallEndCause } from '../../src/core/causes';

describe('CallEndCause', () => {
  it('has exactly the seed keys and values, plus COMPLETED_ELSEWHERE', () => {
    expect(CallEndCause).toEqual({
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
    });
    expect(allCallEndCauses).toHaveLength(24);
  });

  it('is available as C.causes for legacy code', () => {
    expect(C.causes.BUSY).toBe('Busy');
    expect(C.causes).toBe(CallEndCause);
  });

  it('recognises cause strings', () => {
    expect(isCallEndCause('Busy')).toBe(true);
    expect(isCallEndCause('busy')).toBe(false);
    expect(isCallEndCause(486)).toBe(false);
  });
});

describe('causeFromStatusCode', () => {
  const seedTable: Array<[CallEndCause, number[]]> = [
    ['Busy', [486, 600]],
    ['Rejected', [403, 603]],
    ['Redirected', [300, 301, 302, 305, 380]],
    ['Unavailable', [408, 410, 430, 480]],
    ['Not Found', [404, 604]],
    ['Address Incomplete', [484]],
    ['Incompatible SDP', [488, 606]],
    ['Authentication Error', [401, 407]],
  ];
  for (const [cause, codes] of seedTable) {
    for (const code of codes) {
      it(`maps ${code} to ${cause}`, () => {
        expect(causeFromStatusCode(code)).toBe(cause);
      });
    }
  }

  it.each([303, 400, 402, 405, 415, 420, 424, 481, 487, 500, 503, 504, 599, 607, 608, 699])(
    'maps other failure %i to SIP Failure Code',
    (code) => {
      expect(causeFromStatusCode(code)).toBe('SIP Failure Code');
    },
  );

  it.each([0, 100, 180, 200, 299, 700, 1000, -486, 486.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'answers SIP Failure Code for a non-failure input %s',
    (code) => {
      expect(causeFromStatusCode(code)).toBe('SIP Failure Code');
    },
  );
});
