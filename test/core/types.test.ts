import type { Session, SessionState } from 'sip.js';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CallAction,
  CallEnd,
  CallEndCause,
  CallPhase,
  ContactEntry,
  ReasonHeader,
  RetryAfter,
  SessionSnapshot,
  SessionTracker,
  SipWarning,
  UserAgentTracker,
} from '../../src/core/index';
import {
  C,
  type CallEndCause as Causes,
  causeFromStatusCode,
  parseContacts,
  parseReason,
  parseRetryAfter,
  parseWarning,
  trackSession,
  trackUserAgent,
} from '../../src/core/index';

// Compile-time pins of the public contract: `npm run typecheck` fails if a type drifts.
describe('public types', () => {
  it('CallEndCause is the union of the seed values', () => {
    expectTypeOf<CallEndCause>().toEqualTypeOf<(typeof Causes)[keyof typeof Causes]>();
    expectTypeOf<'Busy'>().toExtend<CallEndCause>();
    expectTypeOf<'Call completed elsewhere'>().toExtend<CallEndCause>();
    expectTypeOf<'busy'>().not.toExtend<CallEndCause>();
    expectTypeOf(C.causes.BUSY).toEqualTypeOf<'Busy'>();
    expectTypeOf(causeFromStatusCode).toEqualTypeOf<(code: number) => CallEndCause>();
  });

  it('CallEnd has the promised fields', () => {
    expectTypeOf<CallEnd['cause']>().toEqualTypeOf<CallEndCause>();
    expectTypeOf<CallEnd['originator']>().toEqualTypeOf<'local' | 'remote' | 'system'>();
    expectTypeOf<CallEnd['direction']>().toEqualTypeOf<'outgoing' | 'incoming'>();
    expectTypeOf<CallEnd['statusCode']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CallEnd['reasonPhrase']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CallEnd['cause']>().not.toEqualTypeOf<string>();
    expectTypeOf<CallEnd['reasons']>().toEqualTypeOf<ReasonHeader[]>();
    expectTypeOf<CallEnd['retryAfter']>().toEqualTypeOf<RetryAfter | undefined>();
    expectTypeOf<CallEnd['redirectTargets']>().toEqualTypeOf<string[]>();
    expectTypeOf<CallEnd['warning']>().toEqualTypeOf<SipWarning | undefined>();
    expectTypeOf<CallEnd['endedAt']>().toEqualTypeOf<number>();
    expectTypeOf<CallEnd['answeredAt']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CallEnd['internal']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ReasonHeader>().toEqualTypeOf<{ protocol: string; cause: number; text?: string }>();
    expectTypeOf<RetryAfter>().toEqualTypeOf<{ seconds: number; comment?: string; durationSeconds?: number }>();
    expectTypeOf<SipWarning>().toEqualTypeOf<{ code: number; agent: string; text: string }>();
  });

  it('parsers are total: a value or undefined out', () => {
    expectTypeOf(parseReason).returns.toEqualTypeOf<ReasonHeader[]>();
    expectTypeOf(parseRetryAfter).returns.toEqualTypeOf<RetryAfter | undefined>();
    expectTypeOf(parseContacts).returns.toEqualTypeOf<ContactEntry[]>();
    expectTypeOf(parseWarning).returns.toEqualTypeOf<SipWarning | undefined>();
  });

  it('trackers are useSyncExternalStore-ready', () => {
    expectTypeOf(trackSession).parameter(0).toEqualTypeOf<Session>();
    expectTypeOf(trackSession).returns.toEqualTypeOf<SessionTracker>();
    expectTypeOf<SessionTracker['getSnapshot']>().toEqualTypeOf<() => SessionSnapshot>();
    expectTypeOf<SessionTracker['subscribe']>().toEqualTypeOf<(listener: () => void) => () => void>();
    expectTypeOf<SessionSnapshot['phase']>().toEqualTypeOf<CallPhase>();
    expectTypeOf<CallPhase>().toEqualTypeOf<'idle' | 'calling' | 'ringing' | 'connected' | 'ending' | 'ended'>();
    expectTypeOf<SessionSnapshot['state']>().toEqualTypeOf<SessionState>();
    expectTypeOf<SessionSnapshot['connection']>().toEqualTypeOf<'ok' | 'lost'>();
    expectTypeOf<SessionSnapshot['end']>().toEqualTypeOf<CallEnd | undefined>();
    expectTypeOf(trackUserAgent).returns.toEqualTypeOf<UserAgentTracker>();
    expectTypeOf<CallAction>().toEqualTypeOf<
      'retry' | 'messageBack' | 'callRedirectTarget' | 'editTarget' | 'authenticate' | 'grantMedia' | 'callBack'
    >();
  });
});
