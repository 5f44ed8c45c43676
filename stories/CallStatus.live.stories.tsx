import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { CallPhase, EndMessageId } from '../src/index';
import { LivePhone, type LivePhoneProps } from './support/LivePhone';
import { playText } from './support/playText';

type Context = StoryContext<LivePhoneProps>;

/** How long a play waits for SIP.js and the peer: far more than a call takes at `timeScale: 1`. */
const timeout = 4000;

/** The toolbar locale's translator and the phone's parts a play needs. */
async function phone({ canvas, globals }: Context) {
  const { t } = playText(globals);
  const status = canvas.getByRole('region', { name: t('label') });
  // The UserAgent starts asynchronously; the pad is enabled once it is connected.
  await waitFor(() => expect(canvas.getByRole('button', { name: 'Busy' })).toBeEnabled(), { timeout });
  return { t, status, inStatus: within(status) };
}

/** Waits for the end message `id` in `<CallStatus>`, then checks the phases the call went through. */
async function expectEnd({ canvas, globals }: Context, id: EndMessageId, phases: readonly CallPhase[]) {
  const { t } = playText(globals);
  const status = within(canvas.getByRole('region', { name: t('label') }));
  await expect(await status.findByText(t(`end.${id}.title`), {}, { timeout })).toBeVisible();
  await expect(status.getByText(t(`end.${id}.description`))).toBeVisible();
  const trace = within(canvas.getByRole('list', { name: 'Phases' })).getAllByRole('listitem');
  await expect(trace.map((item) => item.textContent)).toEqual(phases);
}

/** A play that presses one scenario of the pad and expects the call to end with `id` after `phases`. */
function callScenario(label: string, id: EndMessageId, phases: readonly CallPhase[]) {
  return async (context: Context) => {
    await phone(context);
    await userEvent.click(context.canvas.getByRole('button', { name: label }));
    await expectEnd(context, id, phases);
  };
}

/**
 * Live calls: a real SIP.js `UserAgent` talks SIP to the in-memory peer of `sip-call-status/testing` (no server, no
 * microphone), and `<CallStatus>` follows each call through its phases. Raise `timeScale` to watch them: at 50 each step
 * of the far end takes a second. Every story below is also a test that presses a scenario and checks the final text.
 */
const meta = {
  title: 'CallStatus/Live',
  component: LivePhone,
  tags: ['!autodocs'],
  args: { timeScale: 1, onDial: fn() },
  argTypes: { timeScale: { control: { type: 'range', min: 1, max: 100, step: 1 } } },
} satisfies Meta<typeof LivePhone>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The whole softphone, slowed down for people: press any scenario and watch the phases. */
export const Phone: Story = { args: { timeScale: 50 } };

/** 486 Busy Here with Retry-After: 30, so "Call again" counts down. */
export const Busy: Story = { play: callScenario('Busy', 'BUSY', ['calling', 'ended']) };

/** 603 Decline with a Q.850 Reason. */
export const Declined: Story = { play: callScenario('Declined', 'REJECTED', ['calling', 'ended']) };

/** 302 Moved Temporarily: one button per Contact; pressing it dials the new address. */
export const Redirect: Story = {
  play: async (context) => {
    await callScenario('Redirect', 'REDIRECTED', ['calling', 'ended'])(context);
    const { t, inStatus } = await phone(context);
    const target = 'sip:bob@elsewhere.sandbox';
    await userEvent.click(
      inStatus.getByRole('button', { name: t('action.callRedirectTarget', { target: `\u2068${target}\u2069` }) }),
    );
    await expect(context.args.onDial).toHaveBeenLastCalledWith(target);
    // Bob answers, then hangs up.
    await expectEnd(context, 'BYE_REMOTE', ['calling', 'ringing', 'connected', 'ended']);
  },
};

/** 480 Temporarily Unavailable with Retry-After: 60. */
export const Unavailable: Story = { play: callScenario('Unavailable', 'UNAVAILABLE', ['calling', 'ended']) };

/** 404 Not Found: "Edit the address" puts the focus back in the address field. */
export const NotFound: Story = {
  play: async (context) => {
    await callScenario('Not found', 'NOT_FOUND', ['calling', 'ended'])(context);
    const { t, inStatus } = await phone(context);
    await userEvent.click(inStatus.getByRole('button', { name: t('action.editTarget') }));
    await expect(context.canvas.getByLabelText('Address or scenario name')).toHaveFocus();
  },
};

/** 401 with a digest challenge; SIP.js answers it with the wrong password and gets a second 401. */
export const AuthFailure: Story = {
  play: callScenario('Auth failure (wrong password)', 'AUTHENTICATION_ERROR', ['calling', 'ended']),
};

/** The far end rings until the caller presses Cancel: SIP.js sends CANCEL, the peer answers 487. */
export const Cancel: Story = {
  play: async (context) => {
    const { status } = await phone(context);
    await userEvent.click(context.canvas.getByRole('button', { name: 'Ring, then cancel' }));
    await waitFor(() => expect(status).toHaveAttribute('data-phase', 'ringing'), { timeout });
    await userEvent.click(context.canvas.getByRole('button', { name: 'Cancel' }));
    await expectEnd(context, 'CANCELED', ['calling', 'ringing', 'ending', 'ended']);
  },
};

/** The far end answers; the caller hangs up. */
export const HangUp: Story = {
  play: async (context) => {
    const { status } = await phone(context);
    await userEvent.click(context.canvas.getByRole('button', { name: 'Answered call' }));
    await waitFor(() => expect(status).toHaveAttribute('data-phase', 'connected'), { timeout });
    await userEvent.click(context.canvas.getByRole('button', { name: 'Hang up' }));
    await expectEnd(context, 'BYE', ['calling', 'ringing', 'connected', 'ended']);
  },
};

/** The far end answers, then hangs up with `Reason: Q.850;cause=16`. */
export const RemoteHangUp: Story = {
  play: callScenario('Remote hang-up', 'BYE_REMOTE', ['calling', 'ringing', 'connected', 'ended']),
};

/** The WebSocket drops while the far end rings; the next call reconnects first. */
export const ConnectionDrop: Story = {
  play: async (context) => {
    await callScenario('Connection drop', 'CONNECTION_ERROR', ['calling', 'ringing', 'ended'])(context);
    await expect(context.canvas.getByText('disconnected')).toBeVisible();
    await userEvent.click(context.canvas.getByRole('button', { name: 'Busy' }));
    await expectEnd(context, 'BUSY', ['calling', 'ended']);
  },
};

/** Bob calls and gives up before anyone answers (a CANCEL); "Call back" dials him. */
export const MissedCall: Story = {
  play: async (context) => {
    await callScenario('Missed call', 'MISSED', ['ringing', 'ended'])(context);
    const { t, inStatus } = await phone(context);
    await userEvent.click(inStatus.getByRole('button', { name: t('action.callBack') }));
    await expect(context.args.onDial).toHaveBeenLastCalledWith('sip:bob@sandbox');
    await expectEnd(context, 'BYE_REMOTE', ['calling', 'ringing', 'connected', 'ended']);
  },
};

/** Another of the user's devices answered: the CANCEL carries `Reason: SIP;cause=200`. */
export const CompletedElsewhere: Story = {
  play: callScenario('Completed elsewhere', 'COMPLETED_ELSEWHERE', ['ringing', 'ended']),
};

/** Bob calls; the user declines. */
export const IncomingDeclined: Story = {
  play: async (context) => {
    const { status } = await phone(context);
    await userEvent.click(context.canvas.getByRole('button', { name: 'Incoming call' }));
    await waitFor(() => expect(status).toHaveAttribute('data-phase', 'ringing'), { timeout });
    await userEvent.click(context.canvas.getByRole('button', { name: 'Decline' }));
    await expectEnd(context, 'DECLINED_LOCAL', ['ringing', 'ended']);
  },
};

/** An address SIP.js cannot parse never becomes a call: `makeInviter` returns a tracker already ended. */
export const InvalidAddress: Story = {
  play: async (context) => {
    await phone(context);
    const address = context.canvas.getByLabelText('Address or scenario name');
    await userEvent.clear(address);
    await userEvent.type(address, 'sip:not an address');
    await userEvent.click(context.canvas.getByRole('button', { name: 'Call' }));
    const { t } = playText(context.globals);
    await expect(await context.canvas.findByText(t('end.INVALID_TARGET.title'))).toBeVisible();
  },
};

/** Without `onMessageBack`, "Send a message" sends a SIP MESSAGE with SIP.js; the peer accepts it. */
export const MessageBackOverSip: Story = {
  play: async (context) => {
    await callScenario('Busy', 'BUSY', ['calling', 'ended'])(context);
    const { t, inStatus } = await phone(context);
    await userEvent.click(inStatus.getByRole('button', { name: t('action.messageBack') }));
    await userEvent.click(inStatus.getByRole('button', { name: t('messageBack.send') }));
    await expect(await inStatus.findByText(t('messageBack.sent'), {}, { timeout })).toBeVisible();
  },
};

/** The peer answers a MESSAGE to `unavailable` with 480, so the built-in message back fails and can be sent again. */
export const MessageBackRejectedOverSip: Story = {
  play: async (context) => {
    await callScenario('Unavailable', 'UNAVAILABLE', ['calling', 'ended'])(context);
    const { t, inStatus } = await phone(context);
    await userEvent.click(inStatus.getByRole('button', { name: t('action.messageBack') }));
    await userEvent.click(inStatus.getByRole('button', { name: t('messageBack.send') }));
    await expect(await inStatus.findByText(t('messageBack.failed'), {}, { timeout })).toBeVisible();
    await expect(inStatus.getByRole('button', { name: t('messageBack.send') })).toBeEnabled();
  },
};

/** `useCallHistory`: every ended call of the UserAgent, newest first, titled in the toolbar's locale. */
export const CallHistory: Story = {
  play: async (context) => {
    await callScenario('Busy', 'BUSY', ['calling', 'ended'])(context);
    await callScenario('Not found', 'NOT_FOUND', ['calling', 'ended'])(context);
    await callScenario('Missed call', 'MISSED', ['ringing', 'ended'])(context);
    const { t } = await phone(context);
    const history = within(context.canvas.getByRole('list', { name: 'Call history' })).getAllByRole('listitem');
    await expect(history.map((item) => item.textContent)).toEqual([
      `From sip:bob@sandbox: ${t('end.MISSED.title')}`,
      `To sip:notfound@sandbox: ${t('end.NOT_FOUND.title')}`,
      `To sip:busy@sandbox: ${t('end.BUSY.title')}`,
    ]);
  },
};
