import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { ServerPhone } from './support/ServerPhone';

/**
 * Try the kit against your own PBX: enter its SIP-over-WebSocket URL, your SIP address and password, press Connect,
 * and call a number. The UserAgent uses SIP.js's Web session description handler, so calls use real WebRTC and your
 * microphone (the browser asks). Use a test account: the password stays in this page's memory only. The PBX must
 * accept WebSocket connections from this page's origin, and WebRTC media (DTLS-SRTP, ICE; STUN is Google's by default).
 */
const meta = {
  title: 'Connect to your server',
  component: ServerPhone,
  args: { onConnect: fn() },
} satisfies Meta<typeof ServerPhone>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The form checks its input without touching the network; only valid settings connect. */
export const Connect: Story = {
  play: async ({ args, canvas }) => {
    const server = canvas.getByLabelText('WebSocket URL');
    const address = canvas.getByLabelText('SIP address');
    await expect(canvas.getByLabelText('Auth user name (optional)')).toHaveValue('');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'password');

    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }));
    await expect(server).toHaveAttribute('aria-invalid', 'true');
    await expect(server).toHaveAccessibleDescription(/^Enter a WebSocket URL/);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(server).toHaveFocus();

    await userEvent.type(server, 'https://pbx.example.com');
    await userEvent.type(address, 'not an address');
    await expect(server).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toHaveAttribute('aria-invalid', 'true');

    // Errors clear as the fields are fixed; the story never connects, so it needs no server.
    await userEvent.clear(server);
    await userEvent.type(server, 'wss://pbx.example.com:8089/ws');
    await userEvent.clear(address);
    await userEvent.type(address, '1001@pbx.example.com');
    await expect(server).not.toHaveAttribute('aria-invalid');
    await expect(address).not.toHaveAttribute('aria-invalid');
    await expect(args.onConnect).not.toHaveBeenCalled();
  },
};
