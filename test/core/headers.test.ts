import { describe, expect, it } from 'vitest';
import { parseContacts, parseReason, parseRetryAfter, parseWarning } from '../../src/core/headers';

// Runtime junk that a JavaScript caller could pass despite the types.
const junk: unknown[] = [undefined, null, 0, 42, Number.NaN, true, {}, { length: 3 }, [1, {}], Symbol('x'), () => 'x'];
const pathological = [
  '"'.repeat(65536),
  ','.repeat(65536),
  ';'.repeat(65536),
  '"\\'.repeat(32768),
  '<'.repeat(65536),
  '('.repeat(65536),
  `120 ${'('.repeat(32768)}${')'.repeat(32768)}`,
  `Q.850;cause=16;text="${'\\"'.repeat(32768)}`,
  '";,<>()\\= '.repeat(6554),
];

describe('parseReason', () => {
  it('parses the RFC 3326 examples', () => {
    expect(parseReason('SIP ;cause=200 ;text="Call completed elsewhere"')).toEqual([
      { protocol: 'SIP', cause: 200, text: 'Call completed elsewhere' },
    ]);
    expect(parseReason('Q.850 ;cause=16 ;text="Terminated"')).toEqual([
      { protocol: 'Q.850', cause: 16, text: 'Terminated' },
    ]);
  });

  it('parses real-world Kamailio/Asterisk/FreeSWITCH headers', () => {
    expect(parseReason('Q.850;cause=16;text="NORMAL_CLEARING"')).toEqual([
      { protocol: 'Q.850', cause: 16, text: 'NORMAL_CLEARING' },
    ]);
    expect(parseReason('SIP;cause=200;text="Call completed elsewhere"')).toEqual([
      { protocol: 'SIP', cause: 200, text: 'Call completed elsewhere' },
    ]);
    expect(parseReason('Q.850;cause=17')).toEqual([{ protocol: 'Q.850', cause: 17 }]);
    expect(parseReason('SIP;cause=480;text="No answer"')).toEqual([{ protocol: 'SIP', cause: 480, text: 'No answer' }]);
  });

  it('parses the RFC 6432 response example with several protocols in one header', () => {
    expect(parseReason('SIP;cause=486;text="Busy Here", Q.850;cause=17;text="User busy"')).toEqual([
      { protocol: 'SIP', cause: 486, text: 'Busy Here' },
      { protocol: 'Q.850', cause: 17, text: 'User busy' },
    ]);
  });

  it('parses several header values', () => {
    expect(parseReason(['SIP;cause=200', 'Q.850;cause=16;text="NORMAL_CLEARING"'])).toEqual([
      { protocol: 'SIP', cause: 200 },
      { protocol: 'Q.850', cause: 16, text: 'NORMAL_CLEARING' },
    ]);
  });

  it('does not split on commas or semicolons inside quoted text', () => {
    expect(parseReason('SIP;cause=603;text="Declined, sorry; really", Q.850;cause=21')).toEqual([
      { protocol: 'SIP', cause: 603, text: 'Declined, sorry; really' },
      { protocol: 'Q.850', cause: 21 },
    ]);
  });

  it('accepts params in any order and case, with whitespace around ; and =', () => {
    expect(parseReason('q.850 ; Text = "Busy" ; CAUSE = 17')).toEqual([{ protocol: 'q.850', cause: 17, text: 'Busy' }]);
    expect(parseReason('  SIP\t;\tcAuSe=200  ')).toEqual([{ protocol: 'SIP', cause: 200 }]);
  });

  it('keeps the protocol as sent', () => {
    expect(parseReason('sip;cause=200')[0]?.protocol).toBe('sip');
    expect(parseReason('Q.850;cause=16')[0]?.protocol).toBe('Q.850');
    expect(parseReason('X-Vendor;cause=7')[0]?.protocol).toBe('X-Vendor');
  });

  it('resolves backslash escapes in quoted text', () => {
    expect(parseReason('SIP;cause=200;text="say \\"hi\\" \\\\ bye"')[0]?.text).toBe('say "hi" \\ bye');
  });

  it('accepts an unquoted token text and omits empty or broken text', () => {
    expect(parseReason('Q.850;cause=16;text=NORMAL_CLEARING')[0]?.text).toBe('NORMAL_CLEARING');
    expect(parseReason('Q.850;cause=16;text=""')).toEqual([{ protocol: 'Q.850', cause: 16 }]);
    expect(parseReason('Q.850;cause=16;text')).toEqual([{ protocol: 'Q.850', cause: 16 }]);
    expect(parseReason('Q.850;cause=16;text="unterminated')).toEqual([{ protocol: 'Q.850', cause: 16 }]);
    expect(parseReason('Q.850;cause=16;text="a" junk')).toEqual([{ protocol: 'Q.850', cause: 16 }]);
  });

  it('ignores unknown params and uses the first cause', () => {
    expect(parseReason('SIP;foo=bar;cause=200;baz;location=LN;cause=404')).toEqual([{ protocol: 'SIP', cause: 200 }]);
  });

  it('drops entries without a valid integer cause or protocol', () => {
    for (const bad of [
      'SIP',
      'SIP;text="x"',
      'SIP;cause=',
      'SIP;cause=abc',
      'SIP;cause=-1',
      'SIP;cause=1.5',
      'SIP;cause=+3',
      'SIP;cause=0x10',
      'SIP;cause=2147483648',
      `SIP;cause=${'9'.repeat(400)}`,
      ';cause=16',
      'S I P;cause=16',
      '"SIP";cause=16',
    ]) {
      expect(parseReason(bad), bad).toEqual([]);
    }
    expect(parseReason('SIP;cause=2147483647')).toEqual([{ protocol: 'SIP', cause: 2147483647 }]);
    expect(parseReason('SIP;cause=0016')).toEqual([{ protocol: 'SIP', cause: 16 }]);
    expect(parseReason('garbage, Q.850;cause=31, ,,')).toEqual([{ protocol: 'Q.850', cause: 31 }]);
  });

  it('returns [] for empty and non-string input', () => {
    expect(parseReason('')).toEqual([]);
    expect(parseReason([])).toEqual([]);
    expect(parseReason(undefined)).toEqual([]);
    expect(parseReason(null)).toEqual([]);
    for (const j of junk) expect(parseReason(j as string)).toEqual([]);
    expect(parseReason([1, 'SIP;cause=200', null] as unknown as string[])).toEqual([{ protocol: 'SIP', cause: 200 }]);
  });

  it('returns a valid value for 64 KB pathological headers', () => {
    for (const p of pathological) expect(Array.isArray(parseReason(p))).toBe(true);
    expect(parseReason(`${' '.repeat(65536)}SIP;cause=200`)).toEqual([]); // beyond the 16 KB scan limit
  });
});

describe('parseRetryAfter', () => {
  it('parses the RFC 3261 examples', () => {
    expect(parseRetryAfter('120')).toEqual({ seconds: 120 });
    expect(parseRetryAfter('18000;duration=3600')).toEqual({ seconds: 18000, durationSeconds: 3600 });
    expect(parseRetryAfter("120 (I'm in a meeting)")).toEqual({ seconds: 120, comment: "I'm in a meeting" });
  });

  it('parses a comment with a duration, extra whitespace and param case', () => {
    expect(parseRetryAfter('120 (comment);duration=60')).toEqual({
      seconds: 120,
      comment: 'comment',
      durationSeconds: 60,
    });
    expect(parseRetryAfter('  120   (  lunch  )  ;  DURATION = 60 ; foo=bar ')).toEqual({
      seconds: 120,
      comment: 'lunch',
      durationSeconds: 60,
    });
    expect(parseRetryAfter('120(x)')).toEqual({ seconds: 120, comment: 'x' });
  });

  it('keeps ; and nested parentheses inside the comment', () => {
    expect(parseRetryAfter('30 (back soon; (maybe) \\) ok);duration=5')).toEqual({
      seconds: 30,
      comment: 'back soon; (maybe) ) ok',
      durationSeconds: 5,
    });
  });

  it('accepts zero and omits an empty comment', () => {
    expect(parseRetryAfter('0')).toEqual({ seconds: 0 });
    expect(parseRetryAfter('5 ()')).toEqual({ seconds: 5 });
  });

  it('ignores a bad duration but keeps the seconds', () => {
    for (const d of ['', 'abc', '-1', '1.5', '2147483648', '1e3']) {
      expect(parseRetryAfter(`60;duration=${d}`), d).toEqual({ seconds: 60 });
    }
    expect(parseRetryAfter('60;duration')).toEqual({ seconds: 60 });
  });

  it('rejects seconds that are not a non-negative integer up to 2^31-1', () => {
    for (const bad of [
      '',
      '   ',
      'abc',
      '-1',
      '+1',
      '1.5',
      '1e3',
      '12 34',
      '120 junk',
      '120 (unterminated',
      '(comment) 120',
      ';duration=60',
      '2147483648',
      '9'.repeat(500),
    ]) {
      expect(parseRetryAfter(bad), bad).toBeUndefined();
    }
    expect(parseRetryAfter('2147483647')).toEqual({ seconds: 2147483647 });
  });

  it('returns undefined for non-string input and a valid value for pathological input', () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    for (const j of junk) expect(parseRetryAfter(j as string)).toBeUndefined();
    for (const p of pathological) {
      const r = parseRetryAfter(p);
      expect(r === undefined || Number.isInteger(r.seconds)).toBe(true);
    }
  });
});

describe('parseContacts', () => {
  it('parses the RFC 3261 §20.10 examples', () => {
    expect(
      parseContacts([
        '"Mr. Watson" <sip:watson@worcester.bell-telephone.com>;q=0.7; expires=3600',
        '"Mr. Watson" <mailto:watson@bell-telephone.com> ;q=0.1',
      ]),
    ).toEqual([
      { uri: 'sip:watson@worcester.bell-telephone.com', displayName: 'Mr. Watson', q: 0.7 },
      { uri: 'mailto:watson@bell-telephone.com', displayName: 'Mr. Watson', q: 0.1 },
    ]);
    expect(parseContacts('<sip:alice@pc33.atlanta.com>')).toEqual([{ uri: 'sip:alice@pc33.atlanta.com', q: 1 }]);
  });

  it('parses a 3xx comma list and sorts by q descending, stable for equal q', () => {
    expect(
      parseContacts('<sip:a@x>;q=0.5, <sip:b@x>, <sip:c@x>;q=0.5, <sip:d@x>;q=1.0, <sip:e@x>;q=0, <sip:f@x>;q=0.9').map(
        (c) => c.uri,
      ),
    ).toEqual(['sip:b@x', 'sip:d@x', 'sip:f@x', 'sip:a@x', 'sip:c@x', 'sip:e@x']);
  });

  it('unquotes display names containing commas, semicolons, angle brackets and escaped quotes', () => {
    expect(parseContacts('"Smith, John \\"JJ\\" <boss>; \\\\" <sip:john@x.com>;q=0.2, Bob <sip:bob@y.com>')).toEqual([
      { uri: 'sip:bob@y.com', displayName: 'Bob', q: 1 },
      { uri: 'sip:john@x.com', displayName: 'Smith, John "JJ" <boss>; \\', q: 0.2 },
    ]);
    expect(parseContacts('"  Alice  " <sip:a@x>, Big  Bob<sip:b@x>, "" <sip:c@x>')).toEqual([
      { uri: 'sip:a@x', displayName: 'Alice', q: 1 },
      { uri: 'sip:b@x', displayName: 'Big  Bob', q: 1 },
      { uri: 'sip:c@x', q: 1 },
    ]);
  });

  it('keeps the URI as sent, including URI params, headers and escapes', () => {
    expect(parseContacts('<sip:bob%20smith@x.com;transport=tcp;lr?subject=a,b>;q=0.3')).toEqual([
      { uri: 'sip:bob%20smith@x.com;transport=tcp;lr?subject=a,b', q: 0.3 },
    ]);
    expect(
      parseContacts('<tel:+15551234567>, <sips:a@[2001:db8::1]:5061>, <urn:service:sos>').map((c) => c.uri),
    ).toEqual(['tel:+15551234567', 'sips:a@[2001:db8::1]:5061', 'urn:service:sos']);
  });

  it('treats params after a bare addr-spec as header params', () => {
    expect(parseContacts('sip:bob@x;q=0.5, sip:carol@y;transport=udp')).toEqual([
      { uri: 'sip:carol@y', q: 1 },
      { uri: 'sip:bob@x', q: 0.5 },
    ]);
  });

  it('ignores * and malformed entries', () => {
    expect(parseContacts('*')).toEqual([]);
    expect(parseContacts(['*', ' * ;expires=0', '<sip:a@x>'])).toEqual([{ uri: 'sip:a@x', q: 1 }]);
    for (const bad of [
      '<>',
      '<sip:a@x',
      'sip:a@x>',
      '<sip:a b@x>',
      'Bob sip:bob@x',
      '<sip:a@x> junk',
      '"unterminated <sip:a@x>',
      '"a" "b" <sip:a@x>',
      'not a uri',
      '<bob@x>',
      ':x',
      '1sip:x',
      ';q=0.5',
    ]) {
      expect(parseContacts(bad), bad).toEqual([]);
    }
  });

  it('treats an invalid q as 1 and uses the first q', () => {
    for (const q of ['', 'abc', '-0.5', '1.5', '2', '.5', '0x1', 'NaN', '0.5.5']) {
      expect(parseContacts(`<sip:a@x>;q=${q}`)[0]?.q, q).toBe(1);
    }
    expect(parseContacts('<sip:a@x>;q')[0]?.q).toBe(1);
    expect(parseContacts('<sip:a@x>;Q=0.25;q=0.75')[0]?.q).toBe(0.25);
    expect(parseContacts('<sip:a@x>; q = 0.001')[0]?.q).toBe(0.001);
    expect(parseContacts('<sip:a@x>;q=1.000')[0]?.q).toBe(1);
    expect(parseContacts('<sip:a@x>;q=0')[0]?.q).toBe(0);
  });

  it('returns [] for empty and non-string input, and a valid value for pathological input', () => {
    expect(parseContacts('')).toEqual([]);
    expect(parseContacts(undefined)).toEqual([]);
    expect(parseContacts(null)).toEqual([]);
    for (const j of junk) expect(parseContacts(j as string)).toEqual([]);
    for (const p of pathological) expect(Array.isArray(parseContacts(p))).toBe(true);
    const many = Array.from({ length: 2000 }, (_, i) => `<sip:u${i}@x>;q=0.${i % 10}`).join(',');
    const parsed = parseContacts(many);
    expect(parsed.length).toBeGreaterThan(100);
    expect(parsed.every((c, i) => i === 0 || (parsed[i - 1]?.q ?? 1) >= c.q)).toBe(true);
  });
});

describe('parseWarning', () => {
  it('parses the RFC 3261 examples', () => {
    expect(parseWarning('307 isi.edu "Session parameter \'foo\' not understood"')).toEqual({
      code: 307,
      agent: 'isi.edu',
      text: "Session parameter 'foo' not understood",
    });
    expect(parseWarning('301 isi.edu "Incompatible network address type \'E.164\'"')).toEqual({
      code: 301,
      agent: 'isi.edu',
      text: "Incompatible network address type 'E.164'",
    });
    expect(parseWarning('305 proxy.example.com "Incompatible media format"')).toEqual({
      code: 305,
      agent: 'proxy.example.com',
      text: 'Incompatible media format',
    });
  });

  it('accepts host:port and IPv6 agents, escapes and extra whitespace', () => {
    expect(parseWarning('  399   [2001:db8::1]:5060\t"a \\"b\\", c"  ')).toEqual({
      code: 399,
      agent: '[2001:db8::1]:5060',
      text: 'a "b", c',
    });
    expect(parseWarning('392 10.0.0.1:5060 ""')).toEqual({ code: 392, agent: '10.0.0.1:5060', text: '' });
  });

  it('returns the first valid warning of a comma list or several headers', () => {
    expect(parseWarning('junk, 370 a.b "Insufficient bandwidth", 399 c.d "x"')).toEqual({
      code: 370,
      agent: 'a.b',
      text: 'Insufficient bandwidth',
    });
    expect(parseWarning(['99 a "x"', '399 kamailio "Miscellaneous, warning"'])).toEqual({
      code: 399,
      agent: 'kamailio',
      text: 'Miscellaneous, warning',
    });
  });

  it('rejects codes that are not 3 digits and malformed values', () => {
    for (const bad of [
      '',
      '30 a "x"',
      '3055 a "x"',
      'abc a "x"',
      '305 "x"',
      '305 a x',
      '305 a "x',
      '305 a "x" y',
      '305a "x"',
      '305 a b "x"',
    ]) {
      expect(parseWarning(bad), bad).toBeUndefined();
    }
  });

  it('returns undefined for non-string input and a valid value for pathological input', () => {
    expect(parseWarning(undefined)).toBeUndefined();
    expect(parseWarning(null)).toBeUndefined();
    expect(parseWarning([])).toBeUndefined();
    for (const j of junk) expect(parseWarning(j as string)).toBeUndefined();
    for (const p of pathological) expect(parseWarning(p)).toBeUndefined();
    expect(parseWarning(`399 a "${'\\"'.repeat(4000)}"`)?.text).toBe('"'.repeat(4000));
  });
});
