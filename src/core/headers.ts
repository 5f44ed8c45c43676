/** One `Reason` header entry (RFC 3326), e.g. `Q.850;cause=16;text="Normal call clearing"`. */
export interface ReasonHeader {
  protocol: string;
  cause: number;
  text?: string;
}

/** A parsed `Retry-After` header (RFC 3261 §20.33): delta-seconds, optional comment and `duration` param. */
export interface RetryAfter {
  seconds: number;
  comment?: string;
  durationSeconds?: number;
}

/** One parsed `Warning` header value (RFC 3261 §20.43), e.g. `305 proxy.example.com "Incompatible media format"`. */
export interface SipWarning {
  code: number;
  agent: string;
  text: string;
}

/** One parsed `Contact` entry (RFC 3261 §20.10); `q` is 1 when absent or invalid. */
export interface ContactEntry {
  uri: string;
  displayName?: string;
  q: number;
}

// Only this many characters (summed over all values) are ever scanned, so hostile headers cost bounded time.
const MAX = 16384;

/** The string values of `input` (non-strings dropped), cut to MAX characters in total. */
const values = (input: unknown): string[] => {
  const out: string[] = [];
  let budget = MAX;
  for (const v of Array.isArray(input) ? input : [input]) {
    if (budget <= 0) break;
    if (typeof v === 'string') {
      out.push(v.slice(0, budget));
      budget -= v.length;
    }
  }
  return out;
};

/** Splits on `sep` outside quoted strings, `<...>` and (if `parens`) nested comments, in one linear pass. */
const split = (s: string, sep: string, parens = false): string[] => {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted || depth) {
      if (c === '\\') i++;
      else if (quoted) quoted = c !== '"';
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    } else if (angle) angle = c !== '>';
    else if (c === '"') quoted = true;
    else if (c === '<') angle = true;
    else if (c === '(' && parens) depth = 1;
    else if (c === sep) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
};

/** Every comma-separated entry of every value, trimmed, empty ones dropped. */
const entries = (input: unknown): string[] =>
  values(input)
    .flatMap((v) => split(v, ','))
    .map((e) => e.trim())
    .filter(Boolean);

/** Lower-cased param names to trimmed values (`''` when valueless); the first occurrence wins. */
const params = (parts: string[]): Map<string, string> => {
  const map = new Map<string, string>();
  for (const p of parts) {
    const i = p.indexOf('=');
    const name = (i < 0 ? p : p.slice(0, i)).trim().toLowerCase();
    if (!map.has(name)) map.set(name, i < 0 ? '' : p.slice(i + 1).trim());
  }
  return map;
};

/** A non-negative decimal integer up to 2^31-1, else undefined. */
const int = (s = ''): number | undefined => (/^\d+$/.test(s) && +s <= 0x7fffffff ? +s : undefined);

// Resolves quoted-pairs (`\x` -> `x`) of quoted strings and comments.
const unescapePairs = (s: string): string => s.replace(/\\(.)/gs, '$1');

// A whole quoted-string; the two alternatives start differently, so matching is linear.
const QUOTED = /^"((?:[^"\\]|\\.)*)"$/s;

/**
 * Parses `Reason` header values (RFC 3326/6432): several values or comma-separated entries, params in any case/order.
 * Entries without a valid integer `cause` (0..2^31-1) are dropped; `text` may be quoted (escapes resolved) or a bare
 * token, and is omitted when empty. Only the first 16 KB are read. Never throws; returns `[]` for garbage.
 */
export function parseReason(input: string | readonly string[] | undefined | null): ReasonHeader[] {
  const out: ReasonHeader[] = [];
  for (const entry of entries(input)) {
    const [head = '', ...rest] = split(entry, ';');
    const protocol = head.trim();
    const p = params(rest);
    const cause = int(p.get('cause'));
    if (cause === undefined || !/^[\w.!%*+`'~-]+$/.test(protocol)) continue;
    const raw = p.get('text') ?? '';
    const quoted = QUOTED.exec(raw)?.[1];
    const text = quoted === undefined ? (raw[0] === '"' ? '' : raw) : unescapePairs(quoted);
    out.push(text ? { protocol, cause, text } : { protocol, cause });
  }
  return out;
}

/**
 * Parses a `Retry-After` value such as `120 (I'm in a meeting);duration=60`. Numbers above 2^31-1 are invalid:
 * such seconds make the whole header invalid, such a duration is ignored, as is any other bad duration.
 * Only the first 16 KB are read. Never throws; returns undefined for garbage.
 */
export function parseRetryAfter(input: string | undefined | null): RetryAfter | undefined {
  const [head = '', ...rest] = split(values(input)[0] ?? '', ';', true);
  const m = /^\s*(\d+)(?:\s*\((.*)\))?\s*$/s.exec(head);
  const seconds = int(m?.[1]);
  if (seconds === undefined) return undefined;
  const out: RetryAfter = { seconds };
  const comment = unescapePairs(m?.[2] ?? '').trim();
  if (comment) out.comment = comment;
  const duration = int(params(rest).get('duration'));
  if (duration !== undefined) out.durationSeconds = duration;
  return out;
}

/**
 * Parses `Contact` values (comma lists and/or several headers) into entries sorted by `q` descending, original
 * order kept for equal `q`. `*` and malformed entries are skipped; an invalid `q` counts as 1; the URI is kept as
 * sent and display names are unquoted, unescaped and trimmed. Only the first 16 KB are read. Never throws.
 */
export function parseContacts(input: string | readonly string[] | undefined | null): ContactEntry[] {
  const out: ContactEntry[] = [];
  for (const entry of entries(input)) {
    const [head = '', ...rest] = split(entry, ';');
    // name-addr: quoted or token display name, then <uri>; else a bare addr-spec whose `;params` are header params.
    const m = /^(?:"((?:[^"\\]|\\.)*)"\s*|([^"<]*))<([^>]*)>$/s.exec(head.trim());
    const uri = m ? (m[3] ?? '') : head.trim();
    if (!/^[a-z][a-z\d+.-]*:[^\s<>"]+$/i.test(uri)) continue;
    const q = params(rest).get('q') ?? '';
    const contact: ContactEntry = { uri, q: /^[01](\.\d*)?$/.test(q) && +q <= 1 ? +q : 1 };
    const name = (m?.[1] === undefined ? (m?.[2] ?? '') : unescapePairs(m[1])).trim();
    if (name) contact.displayName = name;
    out.push(contact);
  }
  return out.sort((a, b) => b.q - a.q);
}

/**
 * Parses `Warning` values and returns the first valid `code agent "text"` one (3-digit code, text unescaped).
 * Only the first 16 KB are read. Never throws; returns undefined when none is valid.
 */
export function parseWarning(input: string | readonly string[] | undefined | null): SipWarning | undefined {
  for (const entry of entries(input)) {
    const m = /^(\d{3})\s+([^\s"]+)\s+"((?:[^"\\]|\\.)*)"$/s.exec(entry);
    if (m) return { code: +(m[1] ?? 0), agent: m[2] ?? '', text: unescapePairs(m[3] ?? '') };
  }
  return undefined;
}
