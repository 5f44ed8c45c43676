import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCallEndCauses, causeFromStatusCode, statusCodeCauses } from '../../src/core/causes';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const runs = { numRuns: 10_000, ...(seed === undefined ? {} : { seed }) };

describe('causeFromStatusCode (properties)', () => {
  it('never throws and always answers a cause, for any number at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, -0, Infinity, -Infinity)), (code) => {
        expect(allCallEndCauses).toContain(causeFromStatusCode(code));
      }),
      runs,
    );
  });

  it('never throws for values that are not numbers at run time', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(allCallEndCauses).toContain(causeFromStatusCode(value as number));
      }),
      runs,
    );
  });

  it('maps every integer 300–699 by the seed table, everything else in range to SIP Failure Code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 699 }), (code) => {
        expect(causeFromStatusCode(code)).toBe(statusCodeCauses[code] ?? 'SIP Failure Code');
      }),
      runs,
    );
  });
});
