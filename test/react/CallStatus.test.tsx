import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Inviter, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallStatus } from '../../src/components/CallStatus';
import { followUpFor } from '../../src/core/actions';
import type { CallEnd } from '../../src/core/callEnd';
import { makeInviter } from '../../src/core/makeInviter';
import { endedTracker, type SessionTracker } from '../../src/core/sessionTracker';
import { trackUserAgent } from '../../src/core/userAgentTracker';
import { endMessageKeys } from '../../src/i18n/endMessage';
import arAE from '../../src/i18n/locales/ar-AE';
import deDE from '../../src/i18n/locales/de-DE';
import { enUS } from '../../src/i18n/locales/en-US';
import { CallStatusProvider } from '../../src/react/CallStatusProvider';
import { callEndFixtures, createSandboxUserAgent, type SandboxUserAgent, shortenSipTimers } from '../../src/testing';
import { expectNoAxeViolations } from './axe';

let restoreTimers = () => {};
let running: UserAgent[] = [];

beforeEach(() => {
  restoreTimers = shortenSipTimers({ T1: 5 });
});

afterEach(async () => {
  vi.useRealTimers();
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

function dial(userAgent: UserAgent, user: string): { inviter: Inviter; tracker: SessionTracker } {
  const made = makeInviter(userAgent, `sip:${user}@sandbox`);
  if (!made.inviter) throw new Error('bad target');
  made.inviter.invite().catch(() => {});
  return { inviter: made.inviter, tracker: made.tracker };
}

const allHandlers = () => ({
  onRetry: vi.fn(),
  onMessageBack: vi.fn(),
  onCallTarget: vi.fn(),
  onEditTarget: vi.fn(),
  onAuthenticate: vi.fn(),
  onCallBack: vi.fn(),
  onDismiss: vi.fn(),
});

const english = (key: keyof typeof enUS) => enUS[key] as string;

describe('<CallStatus> renders every cause', () => {
  const fixtures = callEndFixtures(Date.now() - 600_000);
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, { end }) => {
    const { container } = render(<CallStatus session={endedTracker(end)} {...allHandlers()} />);
    const keys = endMessageKeys(end);
    const severity = followUpFor(end).severity;
    const region = screen.getByRole(severity === 'error' ? 'alert' : 'status', { name: '' });
    expect(region).toHaveTextContent(english(keys.title));
    expect(region).toHaveTextContent(english(keys.description));
    const root = container.querySelector('section');
    expect(root).toHaveAttribute('data-phase', 'ended');
    expect(root).toHaveAttribute('data-severity', severity);
    expect(root).toHaveAttribute('data-cause');
    // One button per policy action (redirects: one per target), plus Dismiss.
    const expected = followUpFor(end).actions.flatMap((action) =>
      action === 'callRedirectTarget' ? end.redirectTargets.map(() => action) : [action],
    );
    const buttons = screen.getAllByRole('button').map((button) => button.getAttribute('data-action'));
    expect(buttons).toEqual([...expected, 'dismiss']);
    await expectNoAxeViolations(container);
  });
});

describe('<CallStatus> live phases over real SIP.js', () => {
  it('calling → ringing with elapsed time → connected with duration → ended by the other side', async () => {
    const { userAgent } = await start();
    const { inviter } = dial(userAgent, 'hangup');
    const { container } = render(<CallStatus session={inviter} />);
    const root = container.querySelector('section');
    await waitFor(() => expect(root).toHaveAttribute('data-phase', 'ended'));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('The other person ended the call.');
    expect(screen.getByText('Q.850 cause').nextSibling).toHaveTextContent('16 – Normal call clearing');
  });

  it('shows the ringing timer and the live region without it', async () => {
    const { userAgent } = await start();
    const { inviter } = dial(userAgent, 'ring');
    render(<CallStatus session={inviter} />);
    await screen.findByText(/^Ringing… \d:\d\d$/);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/^Ringing…$/);
    await act(() => inviter.cancel());
  });

  it('shows connection lost as a warning during a call', async () => {
    const sandbox = createSandboxUserAgent({ reconnectionAttempts: 0 });
    running.push(sandbox.userAgent);
    await sandbox.userAgent.start();
    const { inviter } = dial(sandbox.userAgent, 'drop-connected');
    const { container } = render(<CallStatus session={inviter} />);
    await screen.findByText(english('connection.lost'));
    expect(container.querySelector('section')).toHaveAttribute('data-severity', 'warning');
    expect(container.querySelector('section')).toHaveAttribute('data-phase', 'connected');
  });

  it('a session that ended before the component mounted (trackUserAgent) still shows why', async () => {
    const { userAgent } = await start();
    trackUserAgent(userAgent);
    // The app never calls trackSession: the UserAgent tracker saw the Inviter being created.
    const inviter = new Inviter(userAgent, UserAgent.makeURI('sip:busy@sandbox')!);
    await inviter.invite().catch(() => {});
    await waitFor(() => expect(inviter.state).toBe('Terminated'));
    render(<CallStatus session={inviter} />);
    expect(screen.getByText('Line busy')).toBeInTheDocument();
  });
});

describe('<CallStatus> actions', () => {
  const fixture = (name: string): CallEnd => {
    const found = callEndFixtures().find((candidate) => candidate.name === name);
    if (!found) throw new Error(name);
    return found.end;
  };

  it('Retry stays disabled with a live countdown until Retry-After has passed', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const onRetry = vi.fn();
    const end = { ...fixture('outgoing/BUSY'), endedAt: Date.now(), retryAfter: { seconds: 3 } };
    render(<CallStatus session={endedTracker(end)} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: 'Call again in 3 seconds' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('button', { name: 'Call again in 2 seconds' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('button', { name: 'Call again in 1 second' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    const retry = screen.getByRole('button', { name: 'Call again' });
    expect(retry).toBeEnabled();
    vi.useRealTimers();
    await userEvent.click(retry);
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('a double click never fires an action twice', async () => {
    const handlers = allHandlers();
    render(<CallStatus session={endedTracker(fixture('outgoing/CANCELED'))} {...handlers} />);
    await userEvent.dblClick(screen.getByRole('button', { name: 'Call again' }));
    expect(handlers.onRetry).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Call again' })).toBeDisabled();
  });

  it('one button per redirect target, in q order, each calling onCallTarget with its URI', async () => {
    const handlers = allHandlers();
    render(<CallStatus session={endedTracker(fixture('outgoing/REDIRECTED'))} {...handlers} />);
    const buttons = screen.getAllByRole('button', { name: /^Call / });
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Call \u2068sip:bob@desk.example.com\u2069',
      'Call \u2068sip:bob@mobile.example.com\u2069',
    ]);
    await userEvent.click(buttons[1]!);
    expect(handlers.onCallTarget).toHaveBeenCalledWith('sip:bob@mobile.example.com', expect.anything());
  });

  it.each([
    ['outgoing/NOT_FOUND', 'Edit the address', 'onEditTarget'],
    ['outgoing/AUTHENTICATION_ERROR', 'Enter credentials', 'onAuthenticate'],
    ['incoming/CANCELED', 'Call back', 'onCallBack'],
    ['outgoing/BUSY', 'Dismiss', 'onDismiss'],
  ] as const)('%s offers "%s"', async (name, label, handler) => {
    const handlers = allHandlers();
    render(<CallStatus session={endedTracker(fixture(name))} {...handlers} />);
    await userEvent.click(screen.getByRole('button', { name: label }));
    expect(handlers[handler]).toHaveBeenCalledOnce();
  });

  it('a missed call answered elsewhere offers nothing and never says missed', () => {
    render(<CallStatus session={endedTracker(fixture('incoming/COMPLETED_ELSEWHERE'))} {...allHandlers()} />);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Answered on another device');
    expect(screen.queryByText(/missed/i)).toBeNull();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss']);
  });

  it('explains how to allow the microphone', async () => {
    render(<CallStatus session={endedTracker(fixture('outgoing/USER_DENIED_MEDIA_ACCESS'))} />);
    const button = screen.getByRole('button', { name: 'Allow the microphone' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(english('help.grantMedia'))).toBeInTheDocument();
  });

  it('moves focus to the primary action when the call ends, if asked', () => {
    render(<CallStatus session={endedTracker(fixture('outgoing/NOT_FOUND'))} onEditTarget={() => {}} focusOnEnd />);
    expect(screen.getByRole('button', { name: 'Edit the address' })).toHaveFocus();
  });
});

describe('<CallStatus> message back over real SIP MESSAGE', () => {
  it('sends the edited text to the far end and shows sent', async () => {
    const { userAgent, peer } = await start();
    const { inviter } = dial(userAgent, 'busy');
    render(<CallStatus session={inviter} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send a message' }));
    const text = screen.getByRole('textbox', { name: 'Message' });
    expect(text).toHaveValue(english('messageBack.defaultText'));
    await userEvent.clear(text);
    await userEvent.type(text, 'Call me at 5');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Message sent.');
    expect(peer.messages).toHaveLength(1);
    expect(peer.messages[0]).toMatchObject({ body: 'Call me at 5', to: expect.stringContaining('sip:busy@sandbox') });
  });

  it('shows failed when the far end refuses the MESSAGE, and lets the user try again', async () => {
    const { userAgent } = await start();
    const { inviter } = dial(userAgent, 'unavailable');
    render(<CallStatus session={inviter} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send a message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(english('messageBack.failed'));
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('onMessageBack replaces the SIP MESSAGE', async () => {
    const onMessageBack = vi.fn(() => Promise.resolve());
    render(
      <CallStatus
        session={endedTracker(callEndFixtures().find((f) => f.name === 'incoming/CANCELED')!.end)}
        onMessageBack={onMessageBack}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send a message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Message sent.');
    expect(onMessageBack).toHaveBeenCalledWith(english('messageBack.defaultText'), undefined, expect.anything());
  });
});

describe('<CallStatus> in real apps', () => {
  it('works in StrictMode and on unmount mid-call, with no double action and no error', async () => {
    const errors = vi.spyOn(console, 'error');
    const { userAgent } = await start();
    const { inviter, tracker } = dial(userAgent, 'ring');
    const onRetry = vi.fn();
    const { unmount } = render(
      <StrictMode>
        <CallStatus session={inviter} onRetry={onRetry} />
      </StrictMode>,
    );
    await screen.findByText(/^Ringing… \d/);
    unmount();
    await inviter.cancel();
    await waitFor(() => expect(tracker.getSnapshot().phase).toBe('ended'));
    render(
      <StrictMode>
        <CallStatus session={inviter} onRetry={onRetry} />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Call again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    // SIP.js events arrive outside act(); anything else React reports is a bug.
    const reported = errors.mock.calls.map((args) => String(args[0])).filter((text) => !text.includes('act('));
    expect(reported).toEqual([]);
  });

  it('renders on the server with renderToString', () => {
    const html = renderToString(
      <CallStatus session={endedTracker(callEndFixtures().find((f) => f.name === 'outgoing/BUSY')!.end)} />,
    );
    expect(html).toContain('Line busy');
    expect(renderToString(<CallStatus session={undefined} />)).toContain(english('phase.idle'));
  });

  it('shows hostile remote text as inert, bidi-isolated plain text', () => {
    const end: CallEnd = {
      ...callEndFixtures().find((f) => f.name === 'outgoing/REDIRECTED')!.end,
      reasonPhrase: '<img src=x onerror=alert(1)>\u202Egnp.exe',
      redirectTargets: ['javascript:alert(1)'],
      warning: { code: 399, agent: 'evil', text: '<script>alert(1)</script>' },
    };
    const { container } = render(<CallStatus session={endedTracker(end)} onCallTarget={() => {}} />);
    expect(container.querySelector('img, script, a')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(container.textContent).not.toContain('\u202E');
    expect(screen.getByRole('button', { name: /javascript:alert/ }).tagName).toBe('BUTTON');
  });

  it('speaks the provider locale, with overrides in the documented precedence', () => {
    const busy = endedTracker(callEndFixtures().find((f) => f.name === 'outgoing/BUSY')!.end);
    const { container, rerender } = render(
      <CallStatusProvider locale="de-AT" locales={[deDE]}>
        <CallStatus session={busy} />
      </CallStatusProvider>,
    );
    expect(screen.getByText(deDE.messages['end.BUSY.title'])).toBeInTheDocument();
    expect(container.querySelector('section')).toHaveAttribute('lang', 'de-DE');
    rerender(
      <CallStatusProvider locale="de-DE" locales={[deDE]} messages={{ 'de-DE': { 'end.BUSY.title': 'Provider' } }}>
        <CallStatus session={busy} messages={{ 'end.BUSY.description': 'Prop' }} />
      </CallStatusProvider>,
    );
    expect(screen.getByText('Provider')).toBeInTheDocument();
    expect(screen.getByText('Prop')).toBeInTheDocument();
    rerender(
      <CallStatusProvider locale="ar-AE" locales={[arAE]}>
        <CallStatus session={busy} />
      </CallStatusProvider>,
    );
    expect(container.querySelector('section')).toHaveAttribute('dir', 'rtl');
    expect(within(container).getByText(arAE.messages['end.BUSY.title'])).toBeInTheDocument();
  });
});

describe('<CallStatus> details of responses SIP.js made up', () => {
  it('does not show an internal 503 as if a server had answered', () => {
    const end = callEndFixtures().find((f) => f.name === 'outgoing/CONNECTION_ERROR')!.end;
    expect(end.internal).toBe(true);
    render(<CallStatus session={endedTracker(end)} />);
    expect(screen.getByText('No connection')).toBeInTheDocument();
    expect(screen.queryByText('503')).toBeNull();
    expect(screen.queryByText('SIP status')).toBeNull();
  });
});
