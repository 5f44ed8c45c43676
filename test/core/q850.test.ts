import { describe, expect, it } from 'vitest';
import { q850CauseName, q850CauseNames } from '../../src/core/q850';

describe('q850CauseName', () => {
  it('names the common Q.850 causes', () => {
    expect(q850CauseName(1)).toBe('Unallocated number');
    expect(q850CauseName(16)).toBe('Normal call clearing');
    expect(q850CauseName(17)).toBe('User busy');
    expect(q850CauseName(18)).toBe('No user responding');
    expect(q850CauseName(19)).toBe('No answer from user');
    expect(q850CauseName(20)).toBe('Subscriber absent');
    expect(q850CauseName(21)).toBe('Call rejected');
    expect(q850CauseName(22)).toBe('Number changed');
    expect(q850CauseName(27)).toBe('Destination out of order');
    expect(q850CauseName(28)).toBe('Invalid number format');
    expect(q850CauseName(31)).toBe('Normal, unspecified');
    expect(q850CauseName(34)).toBe('No circuit available');
    expect(q850CauseName(38)).toBe('Network out of order');
    expect(q850CauseName(41)).toBe('Temporary failure');
    expect(q850CauseName(102)).toBe('Recovery on timer expiry');
    expect(q850CauseName(127)).toBe('Interworking, unspecified');
  });

  it('names a few more frequent causes', () => {
    expect(q850CauseName(3)).toBe('No route to destination');
    expect(q850CauseName(42)).toBe('Switching equipment congestion');
    expect(q850CauseName(47)).toBe('Resource unavailable, unspecified');
    expect(q850CauseName(58)).toBe('Bearer capability not presently available');
    expect(q850CauseName(65)).toBe('Bearer capability not implemented');
    expect(q850CauseName(88)).toBe('Incompatible destination');
  });

  it('returns undefined for unknown causes and runtime junk', () => {
    for (const c of [0, 2, 128, 200, -16, 16.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(q850CauseName(c), String(c)).toBeUndefined();
    }
    for (const j of ['16', 'constructor', '__proto__', 'toString', null, undefined, {}, [16]]) {
      expect(q850CauseName(j as unknown as number)).toBeUndefined();
    }
  });

  it('exposes a frozen table consistent with q850CauseName', () => {
    expect(Object.isFrozen(q850CauseNames)).toBe(true);
    expect(Object.keys(q850CauseNames).length).toBe(22);
    for (const [cause, name] of Object.entries(q850CauseNames)) {
      expect(q850CauseName(Number(cause))).toBe(name);
      expect(name).toMatch(/^[A-Z][a-z ,]+$/);
    }
  });
});
