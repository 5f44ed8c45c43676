import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { type Invitation, Inviter, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallStatus } from '../../src/components/CallStatus';
import type { CallEnd } from '../../src/core/callEnd';
import { CallEndCause } from '../../src/core/causes';
import { parseContacts, parseReason, parseRetryAfter, parseWarning } from '../../src/core/headers';
import { endedTracker, type SessionTracker, trackSession } from '../../src/core/sessionTracker';
import { isolated, plainText } from '../../src/react/plainText';
import { createSandboxUserAgent, type SandboxUserAgent, type SipHeaders, shortenSipTimers } from '../../src/testing';
import { parseSipMessage } from '../../src/testing/sipMessage';

// Users see this kit when something went wrong, often because of what a far end sent. Whatever text arrives over SIP
// must show up as inert, bidi-isolated plain text, and nothing may crash.

const seed = Number(process.env.FC_SEED ?? Date.now());
// biome-ignore lint/suspicious/noConsole: the seed must be visible so a failure can be replayed.
console.log(
  `fast-check seed ${seed} (replay: FC_SEED=${seed} npx vitest run --project unit test/reliability/hostileInput.test.tsx)`,
);

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)">click</a>';
/** Remote texts that try to inject markup, links, control sequences or reordering, or just to be too big. */
const hostile = {
  markup: MARKUP,
  javascriptUrl: 'javascript:alert(document.cookie)',
  dataUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  control: 'Busy\u0000\u0007\u0008\u001b[31m red\u007f\u0085\u009b here',
  bidiOverride: 'Call \u202Egnp.exe\u202C now \u202Dltr\u202A\u202B',
  isolates: 'x\u2066\u2067\u2068y\u2069\u200e\u200f',
  loneSurrogates: 'a\uD800b\uDFFFc\uDBFF',
  huge: 'A'.repeat(64 * 1024),
} as const;
type HostileKind = keyof typeof hostile;

/** Escapes text into a SIP quoted-string. */
const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
/** SIP header values and status lines cannot carry CR/LF (that is the framing), so those are left out. */
const oneLine = (text: string) => text.replace(/[\r\n]/g, ' ');

// C0/C1 controls and the bidi embeddings, overrides and isolates a remote text could use to reorder the page.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ACTIVE =
  'a, area, script, img, iframe, frame, object, embed, svg, math, style, link, base, meta, video, audio, source, template';

/**
 * No injected element, no link, no event handler or URL attribute, no control or bidi-override character: remote text is
 * only ever plain text, inside `<bdi>` (details) or between U+2068…U+2069 (button labels).
 */
function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      expect(name).not.toMatch(/^on|^(href|src|srcdoc|action|formaction|xlink:href)$/i);
    }
  }
  for (const dd of container.querySelectorAll('dd')) {
    expect(dd.children).toHaveLength(1);
    expect(dd.firstElementChild?.tagName).toBe('BDI');
    expect(dd.textContent ?? '').not.toMatch(UNSAFE);
    expect((dd.textContent ?? '').length).toBeLessThanOrEqual(220);
  }
  for (const button of container.querySelectorAll('button')) {
    // The only isolates allowed are the kit's own FSI…PDI pairs around remote text.
    const label = (button.textContent ?? '').replace(/\u2068[^\u2066-\u2069]*\u2069/g, '');
    expect(label).not.toMatch(UNSAFE);
  }
  const text = (container.textContent ?? '').replace(/\u2068[^\u2066-\u2069]*\u2069/g, '');
  expect(text).not.toMatch(UNSAFE);
}

let restoreTimers = () => {};
let running: UserAgent[] = [];

beforeEach(() => {
  restoreTimers = shortenSipTimers({ T1: 5 });
});

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop().catch(() => {})));
  running = [];
  restoreTimers();
});

async function start(): Promise<SandboxUserAgent> {
  const sandbox = createSandboxUserAgent();
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

/** Dials a scenario made for this test and tracks it from the start, as an app does. */
function dial(
  sandbox: SandboxUserAgent,
  name: string,
  steps: Parameters<SandboxUserAgent['peer']['defineScenario']>[1],
) {
  sandbox.peer.defineScenario(name, steps);
  const inviter = new Inviter(sandbox.userAgent, UserAgent.makeURI(`sip:${name}@sandbox`)!);
  const tracker = trackSession(inviter);
  inviter.invite().catch(() => {});
  return { inviter, tracker };
}

const ended = (tracker: SessionTracker) => waitFor(() => expect(tracker.getSnapshot().end).toBeDefined());

describe('hostile text from the far end, over real SIP, rendered by <CallStatus>', () => {
  // SIP.js's grammar only lets a reason phrase through when it has no markup, quotes or controls (checked below).
  const phrases: HostileKind[] = ['javascriptUrl', 'dataUrl', 'bidiOverride', 'isolates', 'loneSurrogates', 'huge'];

  it.each(Object.keys(hostile) as HostileKind[])('%s in a reason phrase, Warning and Reason text', async (kind) => {
    const sandbox = await start();
    const text = oneLine(hostile[kind]);
    const headers: SipHeaders = {
      Warning: `399 evil.example ${quoted(text)}`,
      // Cause 99 has no localized name, so the far end's own text is what the details show.
      Reason: `Q.850;cause=99;text=${quoted(text)}`,
    };
    const reason = phrases.includes(kind) ? text : 'Busy Here';
    const { inviter, tracker } = dial(sandbox, `hostile-${kind.toLowerCase()}`, [{ respond: 486, reason, headers }]);
    const onRetry = vi.fn();
    const { container } = render(<CallStatus session={inviter} onRetry={onRetry} onDismiss={() => {}} />);
    await ended(tracker);
    const end = tracker.getSnapshot().end;
    expect(end).toMatchObject({ cause: CallEndCause.BUSY, statusCode: 486, reasonPhrase: reason });
    await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
    expectInert(container);
    // The texts did arrive and are shown, cleaned and cut, not dropped.
    const details = [...container.querySelectorAll('dd bdi')].map((bdi) => bdi.textContent ?? '');
    const shown = plainText(text).slice(0, 20);
    if (shown) expect(details.some((value) => value.includes(shown))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Call again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('SIP.js drops a response whose status line carries markup, quotes or controls; the call then times out', async () => {
    const sandbox = await start();
    const { inviter, tracker } = dial(sandbox, 'hostile-status-line', [
      { respond: 486, reason: oneLine(`${hostile.markup} ${hostile.control}`) },
    ]);
    const { container } = render(<CallStatus session={inviter} />);
    await ended(tracker);
    // The far end's text never reached the kit: SIP.js's own 408 after Timer B is what the user sees.
    expect(tracker.getSnapshot().end).toMatchObject({ cause: CallEndCause.REQUEST_TIMEOUT, internal: true });
    await sandbox.peer.waitFor((entry) => entry.sender === 'peer' && entry.message.status === 486);
    await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
    expectInert(container);
  });

  it('redirect Contacts with markup and bidi tricks in display names and URIs are offered as isolated labels only', async () => {
    const sandbox = await start();
    const contacts = [
      `${quoted(MARKUP)} <sip:bob@desk.example>`,
      `${quoted('Bob \u202Eevil')} <sip:bob@mobile.example>`,
      '<sip:bob%E2%80%AEgnp.exe@example.com>',
      '<sip:javascript%3Aalert(1)@evil.example>',
      `<sips:${'a'.repeat(64 * 1024)}@example.com>`,
    ];
    const { inviter, tracker } = dial(sandbox, 'hostile-redirect', [{ respond: 302, headers: { Contact: contacts } }]);
    const onCallTarget = vi.fn();
    const { container } = render(<CallStatus session={inviter} onCallTarget={onCallTarget} />);
    await ended(tracker);
    const end = tracker.getSnapshot().end as CallEnd;
    expect(end.cause).toBe(CallEndCause.REDIRECTED);
    // Display names are never shown; the 64 KB URI is beyond what the parser reads, so it is dropped.
    expect(end.redirectTargets).toEqual([
      'sip:bob@desk.example',
      'sip:bob@mobile.example',
      'sip:bob%E2%80%AEgnp.exe@example.com',
      'sip:javascript%3Aalert(1)@evil.example',
    ]);
    await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
    expectInert(container);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button[data-action="callRedirectTarget"]')];
    expect(buttons.map((button) => button.textContent)).toEqual(
      end.redirectTargets.map((target) => `Call \u2068${target}\u2069`),
    );
    await userEvent.click(buttons[3]!);
    expect(onCallTarget).toHaveBeenCalledWith('sip:javascript%3Aalert(1)@evil.example', end);
  });

  it.each([
    ['javascript:', '<javascript:alert(1)>'],
    ['data:', '<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>'],
    ['http:', '<http://evil.example/>'],
    ['tel: (sic)', '<tel:+1-555-0100>'],
    ['raw bidi in the URI', '<sip:bob\u202Egnp.exe@example.com>'],
    ['markup in URI params', '<sip:bob@example.com;x=<img src=x>>'],
  ])(
    'SIP.js drops a 3xx whose Contact is %s (not a SIP URI it can parse): the call times out',
    async (_name, contact) => {
      const sandbox = await start();
      const { inviter, tracker } = dial(sandbox, 'hostile-contact', [{ respond: 302, headers: { Contact: contact } }]);
      const { container } = render(<CallStatus session={inviter} onCallTarget={() => {}} />);
      await ended(tracker);
      expect(tracker.getSnapshot().end).toMatchObject({ cause: CallEndCause.REQUEST_TIMEOUT, internal: true });
      await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
      expectInert(container);
    },
  );

  it('javascript: and data: redirect targets (from any source) are button labels, never links', async () => {
    const targets = [
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'sip:ok@example.com',
    ];
    const end: CallEnd = {
      cause: CallEndCause.REDIRECTED,
      originator: 'remote',
      direction: 'outgoing',
      statusCode: 302,
      reasons: [],
      redirectTargets: targets,
      endedAt: Date.now(),
    };
    const onCallTarget = vi.fn();
    const { container } = render(<CallStatus session={endedTracker(end)} onCallTarget={onCallTarget} />);
    expectInert(container);
    const buttons = screen.getAllByRole('button', { name: /^Call \u2068/ });
    expect(buttons.map((button) => button.textContent)).toEqual(targets.map((target) => `Call \u2068${target}\u2069`));
    await userEvent.click(buttons[0]!);
    expect(onCallTarget).toHaveBeenCalledWith('javascript:alert(1)', end);
    expect(window.location.href).toBe('http://localhost:3000/');
  });

  it('an incoming call from a display name with markup and bidi overrides: inert in the snapshot and in the UI', async () => {
    const sandbox = await start();
    const name = `${MARKUP} \u202Egnp.exe ${hostile.loneSurrogates}`;
    const invited = new Promise<Invitation>((resolve) => {
      sandbox.userAgent.delegate = { onInvite: resolve };
    });
    sandbox.peer.call({ from: `${quoted(name)} <sip:bob@sandbox>` });
    const invitation = await invited;
    const tracker = trackSession(invitation);
    // Plain data, as SIP.js parsed it (quoted-pairs kept): the kit never renders it as markup.
    expect(tracker.getSnapshot().remoteDisplayName).toContain('<script>alert(1)</script>');
    const onCallBack = vi.fn();
    const { container } = render(<CallStatus session={invitation} onCallBack={onCallBack} />);
    expectInert(container);
    await act(() => invitation.reject({ statusCode: 603 }));
    await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
    expectInert(container);
    expect(container.textContent).not.toContain('<script>');
    await userEvent.click(screen.getByRole('button', { name: 'Call back' }));
    expect(onCallBack).toHaveBeenCalledWith('sip:bob@sandbox', tracker.getSnapshot().end);
  });

  it('SIP.js ignores an INVITE whose From has control characters, so such a name never reaches the app', async () => {
    const sandbox = await start();
    const onInvite = vi.fn();
    sandbox.userAgent.delegate = { onInvite };
    sandbox.peer.call({ from: `${quoted('Bob\u0007\u001b[31m')} <sip:bob@sandbox>` });
    await sandbox.peer.waitFor((entry) => entry.sender === 'peer' && entry.message.method === 'INVITE');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onInvite).not.toHaveBeenCalled();
    expect(sandbox.peer.log.filter((entry) => entry.sender === 'ua')).toEqual([]);
  });

  it('a 64 KB display name is carried, tracked and rendered without trouble', async () => {
    const sandbox = await start();
    const invited = new Promise<Invitation>((resolve) => {
      sandbox.userAgent.delegate = { onInvite: resolve };
    });
    sandbox.peer.call({ from: `${quoted(hostile.huge)} <sip:bob@sandbox>`, cancel: { after: 20 } });
    const invitation = await invited;
    const tracker = trackSession(invitation);
    const { container } = render(<CallStatus session={invitation} />);
    await ended(tracker);
    expect(tracker.getSnapshot().end).toMatchObject({ cause: CallEndCause.CANCELED, originator: 'remote' });
    expect(tracker.getSnapshot().remoteDisplayName).toHaveLength(64 * 1024);
    await waitFor(() => expect(container.querySelector('section')).toHaveAttribute('data-phase', 'ended'));
    expectInert(container);
    expect((container.textContent ?? '').length).toBeLessThan(1000);
  });
});

// Any remote text, not just the samples above: made-up ends rendered directly (the component sees the same CallEnd).
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    '<',
    '>',
    '"',
    "'",
    '&',
    '\u202E',
    '\u2066',
    '\u2068',
    '\u2069',
    '\u0000',
    '\u001b',
    '\uD800',
    '\uDFFF',
  ),
  fc.constantFrom('<script>', '</bdi>', 'javascript:', 'data:', '<a href=x>', '&lt;', '{target}', '{{count}}'),
);
const remoteText = fc.oneof(
  { arbitrary: fc.string({ unit: anyChar, maxLength: 60 }), weight: 5 },
  { arbitrary: fc.string({ unit: anyChar, minLength: 1, maxLength: 5 }).map((s) => s.repeat(3000)), weight: 1 },
);

describe('<CallStatus> renders any remote text inert (property)', () => {
  it('reason phrase, Warning, Reason text and redirect targets', () => {
    fc.assert(
      fc.property(
        remoteText,
        remoteText,
        remoteText,
        fc.array(remoteText, { maxLength: 3 }),
        (phrase, warning, reasonText, targets) => {
          const end: CallEnd = Object.freeze({
            cause: CallEndCause.REDIRECTED,
            originator: 'remote',
            direction: 'outgoing',
            statusCode: 302,
            reasonPhrase: phrase,
            reasons: [{ protocol: 'Q.850', cause: 99, text: reasonText }],
            warning: { code: 399, agent: 'evil.example', text: warning },
            redirectTargets: targets,
            endedAt: Date.now(),
          });
          const { container, unmount } = render(<CallStatus session={endedTracker(end)} onCallTarget={() => {}} />);
          try {
            expectInert(container);
            expect(container.querySelectorAll('button[data-action="callRedirectTarget"]')).toHaveLength(targets.length);
          } finally {
            unmount();
          }
        },
      ),
      { seed, numRuns: 150 },
    );
  });

  it('plainText and isolated: no control or bidi character, bounded, isolates balanced', () => {
    fc.assert(
      fc.property(remoteText, fc.integer({ min: 1, max: 500 }), (text, max) => {
        const plain = plainText(text, max);
        expect(plain).not.toMatch(UNSAFE);
        expect(plain.length).toBeLessThanOrEqual(max);
        const wrapped = isolated(text);
        expect(wrapped.startsWith('\u2068') && wrapped.endsWith('\u2069')).toBe(true);
        expect(wrapped.slice(1, -1)).not.toMatch(UNSAFE);
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('header parsers on pathological input', () => {
  const MAX_INT = 2 ** 31 - 1;
  const validInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_INT;

  /** Every parser, on the same input: total, valid shapes. */
  function checkAll(input: string | string[]): void {
    for (const reason of parseReason(input)) {
      expect(validInt(reason.cause)).toBe(true);
      expect(reason.protocol).toMatch(/^[\w.!%*+`'~-]+$/);
    }
    const retry = parseRetryAfter(Array.isArray(input) ? input[0] : input);
    if (retry) expect(validInt(retry.seconds)).toBe(true);
    const contacts = parseContacts(input);
    for (const [index, contact] of contacts.entries()) {
      expect(contact.uri).toMatch(/^[a-z][a-z\d+.-]*:[^\s<>"]+$/i);
      expect(contact.q).toBeGreaterThanOrEqual(0);
      expect(contact.q).toBeLessThanOrEqual(1);
      if (index > 0) expect(contacts[index - 1]?.q).toBeGreaterThanOrEqual(contact.q);
    }
    const warning = parseWarning(input);
    if (warning) expect(warning.code >= 100 && warning.code <= 999).toBe(true);
  }

  it('hostile strings give valid values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(remoteText, fc.array(remoteText, { maxLength: 4 })), (input) => checkAll(input)),
      { seed, numRuns: 1000 },
    );
  });

  it.each([
    ['unclosed quotes', '"'.repeat(1 << 20)],
    ['escapes', '\\'.repeat(1 << 20)],
    ['nested comments', `1 ${'('.repeat(1 << 19)}${')'.repeat(1 << 19)}`],
    ['angle brackets', '<'.repeat(1 << 20)],
    ['separators', ';,='.repeat(1 << 18)],
    ['a quoted string that never ends', `399 a "${'\\"'.repeat(1 << 19)}`],
    ['a huge Contact list', '<sip:a@b>;q=0.5,'.repeat(1 << 16)],
    ['lone surrogates', '\uD800\uDC00\uDFFF'.repeat(1 << 18)],
    ['bidi overrides', '\u202E\u2066'.repeat(1 << 19)],
  ])('%s (1 MB): bounded time, valid values', (_name, input) => {
    const started = performance.now();
    checkAll(input);
    checkAll([input, input, input]);
    // The parsers read at most 16 KB, so even a megabyte costs a few milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the sandbox peer carries hostile text', () => {
  it('logs and parses what it sends verbatim: markup, controls, bidi, lone surrogates, 64 KB', async () => {
    const sandbox = await start();
    const text = oneLine(Object.values(hostile).join(' | '));
    const { tracker } = dial(sandbox, 'hostile-peer', [
      { respond: 486, headers: { 'X-Hostile': text, Warning: `399 x ${quoted(text)}` } },
    ]);
    await ended(tracker);
    const sent = await sandbox.peer.waitFor((entry) => entry.sender === 'peer' && entry.message.status === 486);
    expect(sent.header('x-hostile')).toBe(text.trim());
    expect(parseSipMessage(sent.raw)?.header('warning')).toBe(`399 x ${quoted(text)}`);
    expect(sandbox.peer.timeline().at(-1)).toBe('ua ACK sip:hostile-peer@sandbox');
  });

  it('cannot carry CR/LF inside a header value: SIP has no escape for it, the line break starts a new header', async () => {
    const sandbox = await start();
    const { tracker } = dial(sandbox, 'hostile-crlf', [
      { respond: 486, headers: { Warning: '399 x "a"\r\nX-Injected: yes' } },
    ]);
    await ended(tracker);
    const sent = await sandbox.peer.waitFor((entry) => entry.sender === 'peer' && entry.message.status === 486);
    expect(sent.header('x-injected')).toBe('yes');
  });
});
