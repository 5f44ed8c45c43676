import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { endMessageKeys, followUpFor } from '../src/index';
import { EndedCall, type EndedCallProps, fixtureEnd, fixtureNames } from './support/EndedCall';
import { normalized, playText } from './support/playText';

/**
 * Checks what the user sees for the story's fixture (title, description, live region by severity, details) and
 * runs every action once, asserting the callback it calls and that it cannot run twice.
 */
async function playCause({ args, canvas, canvasElement, globals }: StoryContext<EndedCallProps>) {
  const end = fixtureEnd(args.fixture, args.retryAfter);
  if (!end) throw new Error(`No fixture named ${args.fixture}`);
  const { t, exact } = playText(globals);
  const keys = endMessageKeys(end);
  const policy = followUpFor(end);

  await expect(canvas.getByText(t(keys.title))).toBeVisible();
  await expect(canvas.getByText(t(keys.description))).toBeVisible();
  // Errors interrupt (role="alert"); everything else waits its turn (role="status").
  await expect(canvas.getByRole(policy.severity === 'error' ? 'alert' : 'status')).toHaveTextContent(t(keys.title));
  const root = canvas.getByRole('region', { name: t('label') });
  await expect(root).toHaveAttribute('data-phase', 'ended');
  await expect(root).toHaveAttribute('data-severity', policy.severity);

  // SIP.js's own 408/503 (`internal`) were never received: the details leave their status out.
  const received = !end.internal;
  const hasDetails =
    (received && end.statusCode !== undefined) ||
    (received && Boolean(end.reasonPhrase)) ||
    end.warning !== undefined ||
    end.reasons.some((reason) => /^q\.850$/i.test(reason.protocol));
  if (hasDetails) {
    await userEvent.click(canvas.getByText(t('details.summary')));
    if (received && end.statusCode !== undefined) await expect(canvas.getByText(String(end.statusCode))).toBeVisible();
    if (end.reasonPhrase) await expect(canvas.getByText(end.reasonPhrase)).toBeVisible();
  } else {
    await expect(canvas.queryByText(t('details.summary'))).toBeNull();
  }

  const gated = end.retryAfter !== undefined && policy.retryAfterGatesRetry;
  const expected = [...policy.actions, 'dismiss' as const].flatMap((id): { id: typeof id; target: string }[] =>
    id === 'callRedirectTarget' ? end.redirectTargets.map((target) => ({ id, target })) : [{ id, target: '' }],
  );
  const buttons = [...canvasElement.querySelectorAll<HTMLButtonElement>('button[data-action]')];
  await expect(buttons.map((button) => button.dataset.action)).toEqual(expected.map(({ id }) => id));

  const called = expect.objectContaining({ cause: end.cause, direction: end.direction });
  for (const [index, { id, target }] of expected.entries()) {
    const button = buttons[index];
    if (!button) throw new Error(`Missing button ${id}`);
    if (id === 'retry' && gated) {
      const seconds = end.retryAfter?.seconds ?? 0;
      const labels = [seconds, seconds - 1].map((count) => t('action.retryCountdown', { count }));
      await expect(labels).toContain(normalized(button.textContent ?? ''));
      await expect(button).toBeDisabled();
      await expect(args.onRetry).not.toHaveBeenCalled();
      continue;
    }
    await userEvent.click(button);
    switch (id) {
      case 'retry':
        await expect(button).toHaveTextContent(t('action.retry'));
        await expect(args.onRetry).toHaveBeenCalledWith(called);
        break;
      case 'messageBack':
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expect(canvas.getByLabelText(t('messageBack.label'))).toHaveValue(exact('messageBack.defaultText'));
        break;
      case 'callRedirectTarget':
        // Remote text sits in Unicode isolates, so a right-to-left sentence cannot reorder it.
        await expect(button).toHaveTextContent(t('action.callRedirectTarget', { target: `\u2068${target}\u2069` }));
        await expect(args.onCallTarget).toHaveBeenCalledWith(target, called);
        break;
      case 'editTarget':
        await expect(button).toHaveTextContent(t('action.editTarget'));
        await expect(args.onEditTarget).toHaveBeenCalledWith(called);
        break;
      case 'authenticate':
        await expect(button).toHaveTextContent(t('action.authenticate'));
        await expect(args.onAuthenticate).toHaveBeenCalledWith(called);
        break;
      case 'grantMedia':
        await expect(button).toHaveTextContent(t('action.grantMedia'));
        await expect(args.onGrantMedia).toHaveBeenCalledWith(called);
        break;
      case 'callBack':
        await expect(button).toHaveTextContent(t('action.callBack'));
        await expect(args.onCallBack).toHaveBeenCalledWith(undefined, called);
        break;
      case 'dismiss':
        await expect(button).toHaveTextContent(t('action.dismiss'));
        await expect(args.onDismiss).toHaveBeenCalledWith();
        break;
      default:
        id satisfies never;
    }
    // Every action runs once per end: a double click cannot call twice.
    await expect(button).toBeDisabled();
  }
}

/**
 * What the user sees for every way a call can end, outgoing and incoming, with the follow-up actions the kit offers.
 * Each story renders one of `callEndFixtures()` (from `sip-call-status/testing`, the same records the kit's own tests use)
 * through `endedTracker(end)`; its play function checks the text in the toolbar's locale and clicks every action.
 */
const meta = {
  title: 'CallStatus/Causes',
  component: EndedCall,
  args: {
    fixture: 'outgoing/BUSY',
    onRetry: fn(),
    onMessageBack: fn(),
    onCallTarget: fn(),
    onEditTarget: fn(),
    onAuthenticate: fn(),
    onGrantMedia: fn(),
    onCallBack: fn(),
    onDismiss: fn(),
  },
  argTypes: {
    fixture: { control: 'select', options: fixtureNames },
    retryAfter: { control: { type: 'number', min: 0 } },
  },
  play: playCause,
} satisfies Meta<EndedCallProps>;

export default meta;

type Story = StoryObj<typeof meta>;

export const OutgoingInvalidTarget: Story = {
  name: 'outgoing/INVALID_TARGET',
  args: { fixture: 'outgoing/INVALID_TARGET' },
};
export const OutgoingConnectionError: Story = {
  name: 'outgoing/CONNECTION_ERROR',
  args: { fixture: 'outgoing/CONNECTION_ERROR' },
};
export const OutgoingRequestTimeout: Story = {
  name: 'outgoing/REQUEST_TIMEOUT',
  args: { fixture: 'outgoing/REQUEST_TIMEOUT' },
};
export const OutgoingSipFailureCode: Story = {
  name: 'outgoing/SIP_FAILURE_CODE',
  args: { fixture: 'outgoing/SIP_FAILURE_CODE' },
};
export const OutgoingBusy: Story = { name: 'outgoing/BUSY', args: { fixture: 'outgoing/BUSY' } };
export const OutgoingRejected: Story = { name: 'outgoing/REJECTED', args: { fixture: 'outgoing/REJECTED' } };
export const OutgoingRedirected: Story = { name: 'outgoing/REDIRECTED', args: { fixture: 'outgoing/REDIRECTED' } };
export const OutgoingUnavailable: Story = { name: 'outgoing/UNAVAILABLE', args: { fixture: 'outgoing/UNAVAILABLE' } };
export const OutgoingNotFound: Story = { name: 'outgoing/NOT_FOUND', args: { fixture: 'outgoing/NOT_FOUND' } };
export const OutgoingAddressIncomplete: Story = {
  name: 'outgoing/ADDRESS_INCOMPLETE',
  args: { fixture: 'outgoing/ADDRESS_INCOMPLETE' },
};
export const OutgoingIncompatibleSdp: Story = {
  name: 'outgoing/INCOMPATIBLE_SDP',
  args: { fixture: 'outgoing/INCOMPATIBLE_SDP' },
};
export const OutgoingAuthenticationError: Story = {
  name: 'outgoing/AUTHENTICATION_ERROR',
  args: { fixture: 'outgoing/AUTHENTICATION_ERROR' },
};
export const OutgoingBye: Story = { name: 'outgoing/BYE', args: { fixture: 'outgoing/BYE' } };
export const OutgoingCanceled: Story = { name: 'outgoing/CANCELED', args: { fixture: 'outgoing/CANCELED' } };
export const OutgoingNoAnswer: Story = { name: 'outgoing/NO_ANSWER', args: { fixture: 'outgoing/NO_ANSWER' } };
export const OutgoingExpires: Story = { name: 'outgoing/EXPIRES', args: { fixture: 'outgoing/EXPIRES' } };
export const OutgoingNoAck: Story = { name: 'outgoing/NO_ACK', args: { fixture: 'outgoing/NO_ACK' } };
export const OutgoingNoPrack: Story = { name: 'outgoing/NO_PRACK', args: { fixture: 'outgoing/NO_PRACK' } };
export const OutgoingUserDeniedMediaAccess: Story = {
  name: 'outgoing/USER_DENIED_MEDIA_ACCESS',
  args: { fixture: 'outgoing/USER_DENIED_MEDIA_ACCESS' },
};
export const OutgoingWebrtcNotSupported: Story = {
  name: 'outgoing/WEBRTC_NOT_SUPPORTED',
  args: { fixture: 'outgoing/WEBRTC_NOT_SUPPORTED' },
};
export const OutgoingRtpTimeout: Story = { name: 'outgoing/RTP_TIMEOUT', args: { fixture: 'outgoing/RTP_TIMEOUT' } };
export const OutgoingBadMediaDescription: Story = {
  name: 'outgoing/BAD_MEDIA_DESCRIPTION',
  args: { fixture: 'outgoing/BAD_MEDIA_DESCRIPTION' },
};
export const OutgoingDialogError: Story = { name: 'outgoing/DIALOG_ERROR', args: { fixture: 'outgoing/DIALOG_ERROR' } };
export const OutgoingCompletedElsewhere: Story = {
  name: 'outgoing/COMPLETED_ELSEWHERE',
  args: { fixture: 'outgoing/COMPLETED_ELSEWHERE' },
};
export const OutgoingForbidden: Story = { name: 'outgoing/FORBIDDEN', args: { fixture: 'outgoing/FORBIDDEN' } };
export const OutgoingUnwanted: Story = { name: 'outgoing/UNWANTED', args: { fixture: 'outgoing/UNWANTED' } };
export const OutgoingBlocked: Story = { name: 'outgoing/BLOCKED', args: { fixture: 'outgoing/BLOCKED' } };
export const OutgoingServerError: Story = { name: 'outgoing/SERVER_ERROR', args: { fixture: 'outgoing/SERVER_ERROR' } };
export const OutgoingLocalBye: Story = { name: 'outgoing/LOCAL_BYE', args: { fixture: 'outgoing/LOCAL_BYE' } };
export const IncomingCanceled: Story = { name: 'incoming/CANCELED', args: { fixture: 'incoming/CANCELED' } };
export const IncomingCompletedElsewhere: Story = {
  name: 'incoming/COMPLETED_ELSEWHERE',
  args: { fixture: 'incoming/COMPLETED_ELSEWHERE' },
};
export const IncomingBusy: Story = { name: 'incoming/BUSY', args: { fixture: 'incoming/BUSY' } };
export const IncomingRejected: Story = { name: 'incoming/REJECTED', args: { fixture: 'incoming/REJECTED' } };
export const IncomingUnavailable: Story = { name: 'incoming/UNAVAILABLE', args: { fixture: 'incoming/UNAVAILABLE' } };
export const IncomingSipFailureCode: Story = {
  name: 'incoming/SIP_FAILURE_CODE',
  args: { fixture: 'incoming/SIP_FAILURE_CODE' },
};
export const IncomingBye: Story = { name: 'incoming/BYE', args: { fixture: 'incoming/BYE' } };
export const IncomingConnectionError: Story = {
  name: 'incoming/CONNECTION_ERROR',
  args: { fixture: 'incoming/CONNECTION_ERROR' },
};
export const IncomingNotFound: Story = { name: 'incoming/NOT_FOUND', args: { fixture: 'incoming/NOT_FOUND' } };
export const IncomingAddressIncomplete: Story = {
  name: 'incoming/ADDRESS_INCOMPLETE',
  args: { fixture: 'incoming/ADDRESS_INCOMPLETE' },
};
export const IncomingIncompatibleSdp: Story = {
  name: 'incoming/INCOMPATIBLE_SDP',
  args: { fixture: 'incoming/INCOMPATIBLE_SDP' },
};
export const IncomingRedirected: Story = { name: 'incoming/REDIRECTED', args: { fixture: 'incoming/REDIRECTED' } };
export const IncomingAuthenticationError: Story = {
  name: 'incoming/AUTHENTICATION_ERROR',
  args: { fixture: 'incoming/AUTHENTICATION_ERROR' },
};
export const IncomingBadMediaDescription: Story = {
  name: 'incoming/BAD_MEDIA_DESCRIPTION',
  args: { fixture: 'incoming/BAD_MEDIA_DESCRIPTION' },
};

/** Retry-After gates Retry: the button counts down (plural rules per locale), then calls `onRetry` once. */
export const RetryCountdown: Story = {
  args: { fixture: 'outgoing/BUSY', retryAfter: 2 },
  play: async ({ args, canvas, globals }) => {
    const { t } = playText(globals);
    await expect(canvas.getByText(t('details.retryAfter', { count: 2 }))).toBeVisible();
    // The label ticks once a second from "2 seconds" (a slow machine may already show "1 second").
    const counting = [2, 1].map((count) => t('action.retryCountdown', { count }));
    const retry = canvas.getByRole('button', { name: (name) => counting.includes(name) });
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(retry).toHaveTextContent(t('action.retryCountdown', { count: 1 })), { timeout: 2500 });
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 3000 });
    await expect(retry).toHaveTextContent(t('action.retry'));
    await userEvent.click(retry);
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ statusCode: 486 }));
  },
};

/** Completes the pending message at once; a message nobody completes is delivered after two seconds. */
let deliverNow = () => {};

/** A message service slow enough to see "Sending…", which the play completes when it has seen it. */
function slowMessageService(): Promise<void> {
  return new Promise((resolve) => {
    deliverNow = resolve;
    setTimeout(resolve, 2000);
  });
}

/** "Send a message" opens an editor; `onMessageBack` gets the text, and its promise drives "Sending…" then "Message sent.". */
export const MessageBackSent: Story = {
  args: { fixture: 'outgoing/BUSY', onMessageBack: fn(slowMessageService) },
  play: async ({ args, canvas, globals }) => {
    const { t } = playText(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('action.messageBack') }));
    const text = canvas.getByLabelText(t('messageBack.label'));
    await userEvent.clear(text);
    await userEvent.type(text, 'Running late, call you at 3');
    await userEvent.click(canvas.getByRole('button', { name: t('messageBack.send') }));
    await expect(await canvas.findByText(t('messageBack.sending'))).toBeVisible();
    deliverNow();
    await expect(await canvas.findByText(t('messageBack.sent'))).toBeVisible();
    await expect(args.onMessageBack).toHaveBeenCalledWith(
      'Running late, call you at 3',
      undefined,
      expect.objectContaining({ statusCode: 486 }),
    );
    await expect(canvas.getByRole('button', { name: t('messageBack.send') })).toBeDisabled();
    await expect(canvas.queryByRole('button', { name: t('messageBack.cancel') })).toBeNull();
  },
};

/** A rejected `onMessageBack` promise shows the failure and lets the user send again. */
export const MessageBackFailed: Story = {
  args: {
    fixture: 'outgoing/REJECTED',
    onMessageBack: fn(async () => {
      throw new Error('The messaging service is down');
    }),
  },
  play: async ({ args, canvas, globals }) => {
    const { t, exact } = playText(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('action.messageBack') }));
    await userEvent.click(canvas.getByRole('button', { name: t('messageBack.send') }));
    await expect(await canvas.findByText(t('messageBack.failed'))).toBeVisible();
    await expect(args.onMessageBack).toHaveBeenCalledWith(
      exact('messageBack.defaultText'),
      undefined,
      expect.objectContaining({ statusCode: 603 }),
    );
    await expect(canvas.getByRole('button', { name: t('messageBack.send') })).toBeEnabled();
    await userEvent.click(canvas.getByRole('button', { name: t('messageBack.cancel') }));
    await expect(canvas.queryByLabelText(t('messageBack.label'))).toBeNull();
    await expect(canvas.getByRole('button', { name: t('action.messageBack') })).toBeEnabled();
  },
};

/** Without `onGrantMedia`, "Allow the microphone" toggles the kit's own help text. */
export const MicrophoneHelp: Story = {
  args: { fixture: 'outgoing/USER_DENIED_MEDIA_ACCESS' },
  render: ({ onGrantMedia: _, ...args }) => <EndedCall {...args} />,
  play: async ({ canvas, globals }) => {
    const { t } = playText(globals);
    const button = canvas.getByRole('button', { name: t('action.grantMedia') });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(t('help.grantMedia'))).toBeVisible();
    await userEvent.click(button);
    await expect(canvas.queryByText(t('help.grantMedia'))).toBeNull();
  },
};

/** Actions are offered only for the handlers the app passes: with none, the user reads why and nothing more. */
export const WithoutHandlers: Story = {
  args: { fixture: 'outgoing/BUSY' },
  render: ({ fixture }) => <EndedCall fixture={fixture} />,
  play: async ({ canvas, globals }) => {
    const { t } = playText(globals);
    await expect(canvas.getByText(t('end.BUSY.title'))).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toEqual([]);
  },
};

/** `focusOnEnd` moves focus to the first action, so keyboard users can act at once. */
export const FocusOnEnd: Story = {
  args: { fixture: 'outgoing/NOT_FOUND', focusOnEnd: true },
  // On the docs page it would pull the focus, and the scroll, to itself.
  tags: ['!autodocs'],
  play: async ({ canvas, globals }) => {
    const { t } = playText(globals);
    await waitFor(() => expect(canvas.getByRole('button', { name: t('action.editTarget') })).toHaveFocus());
  },
};
