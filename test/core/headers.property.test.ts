import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactEntry, ReasonHeader, RetryAfter, SipWarning } from '../../src/core/headers';
import { parseContacts, parseReason, parseRetryAfter, parseWarning } from '../../src/core/headers';

// Set FC_SEED to replay a failure; otherwise the seed is random and fast-check prints it when a property fails.
const runs = {
  numRuns: 10_000,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
};
const MAX_INT = 2 ** 31 - 1;

// Characters that drive the scanners' state machines, to reach deep paths more often than random text does.
const sipChars = fc.string({ unit: fc.constantFrom(...'";,=<>()\\ \t0123456789.qQ*SIPcause:@dration'), maxLength: 80 });
const strings: [string, fc.Arbitrary<string>][] = [
  ['fc.string()', fc.string()],
  ['grapheme strings', fc.string({ unit: 'grapheme' })],
  ['full unicode (binary) strings', fc.string({ unit: 'binary' })],
  ['SIP-alphabet strings', sipChars],
];
const arrays: [string, fc.Arbitrary<unknown>][] = [
  ['arrays of strings', fc.array(fc.oneof(fc.string({ unit: 'binary' }), sipChars))],
  ['anything (non-strings at runtime)', fc.anything()],
];

const ws = fc.constantFrom('', ' ', '\t', '  ');
const quote = (s: string) => `"${s.replace(/[\\"]/g, '\\$&')}"`;
const token = fc.stringMatching(/^[\w.!%*+`'~-]{1,12}$/);

function checkInt(n: unknown): void {
  expect(Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_INT).toBe(true);
}

function checkReasons(result: ReasonHeader[]): void {
  expect(Array.isArray(result)).toBe(true);
  for (const r of result) {
    expect(r.protocol).toMatch(/^[\w.!%*+`'~-]+$/);
    checkInt(r.cause);
    if ('text' in r) expect(typeof r.text === 'string' && r.text.length > 0).toBe(true);
  }
}

function checkRetryAfter(r: RetryAfter | undefined): void {
  if (r === undefined) return;
  checkInt(r.seconds);
  if ('comment' in r) expect(typeof r.comment === 'string' && r.comment === r.comment.trim() && r.comment).toBeTruthy();
  if ('durationSeconds' in r) checkInt(r.durationSeconds);
}

function checkContacts(result: ContactEntry[]): void {
  expect(Array.isArray(result)).toBe(true);
  result.forEach((c, i) => {
    expect(c.uri).toMatch(/^[a-z][a-z\d+.-]*:\S+$/i);
    expect(c.q >= 0 && c.q <= 1).toBe(true);
    if (i > 0) expect(result[i - 1]?.q).toBeGreaterThanOrEqual(c.q);
    if ('displayName' in c) expect(typeof c.displayName === 'string' && c.displayName).toBeTruthy();
  });
}

function checkWarning(w: SipWarning | undefined): void {
  if (w === undefined) return;
  expect(Number.isInteger(w.code) && w.code >= 0 && w.code <= 999).toBe(true);
  expect(w.agent).toMatch(/^[^\s"]+$/);
  expect(typeof w.text).toBe('string');
}

const parsers = [
  ['parseReason', (x: unknown) => checkReasons(parseReason(x as string))],
  ['parseRetryAfter', (x: unknown) => checkRetryAfter(parseRetryAfter(x as string))],
  ['parseContacts', (x: unknown) => checkContacts(parseContacts(x as string))],
  ['parseWarning', (x: unknown) => checkWarning(parseWarning(x as string))],
] as const;

for (const [name, check] of parsers) {
  describe(`${name} never throws and returns a well-formed value`, () => {
    for (const [label, arb] of [...strings, ...arrays]) {
      it(`for ${label}`, () => {
        fc.assert(fc.property(arb, check), runs);
      });
    }
  });
}

describe('round trips of well-formed headers built from parts', () => {
  const reason = fc.record({
    protocol: fc.oneof(fc.constantFrom('SIP', 'Q.850', 'q.850', 'sip'), token),
    cause: fc.nat(MAX_INT),
    text: fc.option(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { nil: undefined }),
    bareText: fc.boolean(),
    extra: fc.array(fc.tuple(fc.constantFrom('location', 'foo', 'X-Q850'), fc.option(token)), { maxLength: 2 }),
    order: fc.boolean(),
    causeName: fc.mixedCase(fc.constant('cause')),
    textName: fc.mixedCase(fc.constant('text')),
    sp: fc.tuple(ws, ws, ws),
  });

  it('parseReason returns the parts of every entry, in order', () => {
    fc.assert(
      fc.property(fc.array(reason, { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, oneHeader) => {
        const headers = parts.map((p) => {
          const [a, b, c] = p.sp;
          // A bare token text is only sent when it is a token, as real servers do.
          const bare = p.bareText && p.text !== undefined && /^[\w.-]+$/.test(p.text);
          const params = [`${p.causeName}${b}=${c}${p.cause}`, ...p.extra.map(([k, v]) => (v ? `${k}=${v}` : k))];
          if (p.text !== undefined) params.push(`${p.textName}${b}=${c}${bare ? p.text : quote(p.text)}`);
          if (p.order) params.reverse();
          return [p.protocol, ...params].join(`${a};${a}`);
        });
        const expected = parts.map(({ protocol, cause, text }) =>
          text ? { protocol, cause, text } : { protocol, cause },
        );
        expect(parseReason(oneHeader ? headers.join(' , ') : headers)).toEqual(expected);
      }),
      runs,
    );
  });

  it('parseRetryAfter returns seconds, comment and duration', () => {
    fc.assert(
      fc.property(
        fc.nat(MAX_INT),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        fc.option(fc.nat(MAX_INT), { nil: undefined }),
        fc.mixedCase(fc.constant('duration')),
        fc.tuple(ws, ws, ws),
        fc.boolean(),
        (seconds, comment, duration, durationName, [a, b, c], extra) => {
          let header = `${a}${seconds}`;
          if (comment !== undefined) header += `${b}(${comment.replace(/[\\()]/g, '\\$&')})`;
          if (extra) header += `${c};${c}foo=bar`;
          if (duration !== undefined) header += `${c};${c}${durationName}${b}=${b}${duration}${a}`;
          const expected: RetryAfter = { seconds };
          if (comment?.trim()) expected.comment = comment.trim();
          if (duration !== undefined) expected.durationSeconds = duration;
          expect(parseRetryAfter(header)).toEqual(expected);
        },
      ),
      runs,
    );
  });

  const contact = fc.record({
    uri: fc.oneof(
      fc.tuple(fc.constantFrom('sip', 'sips', 'SIP', 'tel'), fc.stringMatching(/^[\w.%+-]{1,10}(@[\w.-]{1,10})?$/)),
      fc.tuple(fc.constant('sip'), fc.stringMatching(/^[\w.-]{1,8}@\[[\da-f:]{2,12}\]:\d{1,5}$/)),
    ),
    uriParams: fc.constantFrom('', ';transport=tcp', ';lr;ob', '?subject=a,b'),
    name: fc.option(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[\w.!%*+`'~-]{1,8}( [\w-]{1,8})?$/)), {
      nil: undefined,
    }),
    quotedName: fc.boolean(),
    bracketed: fc.boolean(),
    q: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    sp: ws,
  });

  it('parseContacts returns uri, display name and q of every entry, sorted stably by q', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 6 }), fc.boolean(), (parts, oneHeader) => {
        const headers = parts.map((p) => {
          const uri = `${p.uri[0]}:${p.uri[1]}`;
          const tokenName = p.name !== undefined && !p.quotedName && /^[\w.!%*+`'~ -]+$/.test(p.name);
          const name = p.name === undefined ? '' : tokenName ? `${p.name} ` : `${quote(p.name)}${p.sp}`;
          const bare = p.name === undefined && p.bracketed === false && p.uriParams === '';
          const q = p.q === undefined ? '' : `${p.sp};${p.sp}q${p.sp}=${p.sp}${p.q === 1000 ? '1.0' : `0.${p.q}`}`;
          return `${bare ? uri : `${name}<${uri}${p.uriParams}>`}${q};expires=60`;
        });
        const expected = parts
          .map((p) => {
            const entry: ContactEntry = {
              uri: `${p.uri[0]}:${p.uri[1]}${p.uriParams}`,
              q: p.q === undefined ? 1 : p.q === 1000 ? 1 : Number(`0.${p.q}`),
            };
            if (p.name?.trim()) entry.displayName = p.name.trim();
            return entry;
          })
          .sort((x, y) => y.q - x.q);
        expect(parseContacts(oneHeader ? headers.join(' ,\t') : headers)).toEqual(expected);
      }),
      runs,
    );
  });

  it('parseWarning returns the parts of the first valid warning', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('junk', '99 a "x"', '305 a', '', '305 "x"'), { maxLength: 3 }),
        fc.integer({ min: 100, max: 999 }),
        fc.stringMatching(/^[\w.:[\]-]{1,20}$/),
        fc.string({ unit: 'binary' }),
        fc.tuple(ws, fc.constantFrom(' ', '\t', '  ')),
        fc.boolean(),
        (junk, code, agent, text, [a, b], oneHeader) => {
          const headers = [...junk, `${a}${code}${b}${agent}${b}${quote(text)}${a}`, '399 later.example "later"'];
          expect(parseWarning(oneHeader ? headers.join(', ') : headers)).toEqual({ code, agent, text });
        },
      ),
      runs,
    );
  });
});
