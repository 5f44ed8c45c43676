import { describe, expect, it } from 'vitest';
import type { CallDirection, CallEnd, CallEndOriginator } from '../../src/core/callEnd';
import { allCallEndCauses, CallEndCause } from '../../src/core/causes';
import { endMessageId, endMessageKeys } from '../../src/i18n/endMessage';
import { enUS } from '../../src/i18n/locales/en-US';

const directions: readonly CallDirection[] = ['outgoing', 'incoming'];
const originators: readonly CallEndOriginator[] = ['local', 'remote', 'system'];

/** Every id that has an `end.<id>.title` in English. */
const englishIds = Object.keys(enUS).flatMap((key) => /^end\.(\w+)\.title$/.exec(key)?.[1] ?? []);

function end(cause: CallEndCause, more: Partial<CallEnd> = {}): CallEnd {
  return {
    cause,
    originator: 'remote',
    direction: 'outgoing',
    reasons: [],
    redirectTargets: [],
    endedAt: 0,
    ...more,
  };
}

describe('endMessageId', () => {
  it('gives an English message pair for every cause × direction × originator × status code × unknown', () => {
    const seen = new Set<string>();
    for (const cause of allCallEndCauses) {
      for (const direction of directions) {
        for (const originator of originators) {
          for (const statusCode of [undefined, 403, 404, 487, 500, 503, 607, 608, 699]) {
            for (const flags of [{}, { internal: true }, { unknown: true }]) {
              const e = end(cause, { direction, originator, ...(statusCode ? { statusCode } : {}), ...flags });
              const id = endMessageId(e);
              seen.add(id);
              expect(englishIds).toContain(id);
              const { title, description } = endMessageKeys(e);
              expect(title).toBe(`end.${id}.title`);
              expect(description).toBe(`end.${id}.description`);
              expect(enUS[title]).toBeTypeOf('string');
              expect(enUS[description]).toBeTypeOf('string');
            }
          }
        }
      }
    }
    // Every English pair is reachable.
    expect([...seen].sort()).toEqual([...englishIds].sort());
  });

  it('names an outgoing remote end by its cause key when no rule applies', () => {
    expect(endMessageId(end(CallEndCause.BUSY, { statusCode: 486 }))).toBe('BUSY');
    expect(endMessageId(end(CallEndCause.REJECTED, { statusCode: 603 }))).toBe('REJECTED');
    expect(endMessageId(end(CallEndCause.NOT_FOUND))).toBe('NOT_FOUND');
    expect(endMessageId(end(CallEndCause.NO_ACK, { originator: 'system' }))).toBe('NO_ACK');
    expect(endMessageId(end(CallEndCause.WEBRTC_NOT_SUPPORTED, { originator: 'system' }))).toBe('WEBRTC_NOT_SUPPORTED');
    expect(endMessageId(end(CallEndCause.CANCELED, { originator: 'local', statusCode: 487 }))).toBe('CANCELED');
    expect(endMessageId(end(CallEndCause.NO_ANSWER, { originator: 'system' }))).toBe('NO_ANSWER');
  });

  it('says UNKNOWN when the cause could not be learned, whatever else the record says', () => {
    expect(endMessageId(end(CallEndCause.BYE, { unknown: true }))).toBe('UNKNOWN');
    expect(endMessageId(end(CallEndCause.CANCELED, { unknown: true, direction: 'incoming' }))).toBe('UNKNOWN');
    expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { unknown: true, statusCode: 503 }))).toBe('UNKNOWN');
  });

  it('tells a BYE from the far end apart from ours', () => {
    expect(endMessageId(end(CallEndCause.BYE, { originator: 'remote' }))).toBe('BYE_REMOTE');
    expect(endMessageId(end(CallEndCause.BYE, { originator: 'remote', direction: 'incoming' }))).toBe('BYE_REMOTE');
    expect(endMessageId(end(CallEndCause.BYE, { originator: 'local' }))).toBe('BYE');
    expect(endMessageId(end(CallEndCause.BYE, { originator: 'system' }))).toBe('BYE');
  });

  it('calls an incoming call that was canceled, not answered or expired MISSED', () => {
    for (const cause of [CallEndCause.CANCELED, CallEndCause.NO_ANSWER, CallEndCause.EXPIRES]) {
      for (const originator of originators) {
        expect(endMessageId(end(cause, { direction: 'incoming', originator }))).toBe('MISSED');
      }
    }
  });

  it('never calls a call answered elsewhere MISSED', () => {
    for (const direction of directions) {
      for (const originator of originators) {
        expect(endMessageId(end(CallEndCause.COMPLETED_ELSEWHERE, { direction, originator }))).toBe(
          'COMPLETED_ELSEWHERE',
        );
        expect(endMessageId(end(CallEndCause.COMPLETED_ELSEWHERE, { direction, originator, statusCode: 487 }))).toBe(
          'COMPLETED_ELSEWHERE',
        );
      }
    }
  });

  it('calls our own rejection of an incoming call DECLINED_LOCAL, whatever status we sent', () => {
    for (const [cause, statusCode] of [
      [CallEndCause.BUSY, 486],
      [CallEndCause.REJECTED, 603],
      [CallEndCause.REJECTED, 403],
      [CallEndCause.UNAVAILABLE, 480],
      [CallEndCause.SIP_FAILURE_CODE, 607],
      [CallEndCause.SIP_FAILURE_CODE, 500],
    ] as const) {
      expect(endMessageId(end(cause, { direction: 'incoming', originator: 'local', statusCode }))).toBe(
        'DECLINED_LOCAL',
      );
      expect(endMessageId(end(cause, { direction: 'outgoing', originator: 'local', statusCode }))).not.toBe(
        'DECLINED_LOCAL',
      );
    }
    expect(endMessageId(end(CallEndCause.REJECTED, { direction: 'incoming', originator: 'remote' }))).toBe('REJECTED');
  });

  it('explains 403, 607 and 608 by their own messages', () => {
    expect(endMessageId(end(CallEndCause.REJECTED, { statusCode: 403 }))).toBe('FORBIDDEN');
    expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { statusCode: 607 }))).toBe('UNWANTED');
    expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { statusCode: 608 }))).toBe('BLOCKED');
  });

  it('keeps a cause the tracker chose over what the status code alone would say', () => {
    expect(endMessageId(end(CallEndCause.AUTHENTICATION_ERROR, { statusCode: 403 }))).toBe('AUTHENTICATION_ERROR');
    expect(endMessageId(end(CallEndCause.NO_PRACK, { originator: 'system', statusCode: 504 }))).toBe('NO_PRACK');
    expect(endMessageId(end(CallEndCause.CONNECTION_ERROR, { statusCode: 503, internal: true }))).toBe(
      'CONNECTION_ERROR',
    );
    expect(endMessageId(end(CallEndCause.REQUEST_TIMEOUT, { statusCode: 408, internal: true }))).toBe(
      'REQUEST_TIMEOUT',
    );
  });

  it('calls a received 5xx SERVER_ERROR, but not an internal one or any other class', () => {
    for (const statusCode of [500, 502, 503, 504, 580, 599]) {
      expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { statusCode }))).toBe('SERVER_ERROR');
      expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { statusCode, internal: true }))).toBe('SIP_FAILURE_CODE');
    }
    for (const statusCode of [415, 499, 600.5, 606, 699, Number.NaN]) {
      expect(endMessageId(end(CallEndCause.SIP_FAILURE_CODE, { statusCode }))).toBe('SIP_FAILURE_CODE');
    }
  });

  it('is total: an unknown cause value from untyped code gives UNKNOWN', () => {
    expect(endMessageId(end('Nope' as CallEndCause))).toBe('UNKNOWN');
  });
});
