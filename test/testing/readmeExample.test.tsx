import { render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
// The README's "test your app's own UI" example, kept true by running it; imports go through the package's public entries.
import { CallStatus, makeInviter } from '../../src/index';
import { createSandboxUserAgent, shortenSipTimers } from '../../src/testing/index';

let cleanup = async () => {};
afterEach(() => cleanup());

it('tells the caller the line is busy', async () => {
  const restore = shortenSipTimers({ T1: 5 });
  const { userAgent } = createSandboxUserAgent();
  await userAgent.start();
  cleanup = async () => {
    await userAgent.stop();
    restore();
  };
  const { inviter } = makeInviter(userAgent, 'sip:busy@sandbox');
  inviter!.invite().catch(() => {});
  render(<CallStatus session={inviter} onRetry={() => {}} />);
  expect(await screen.findByText('Line busy')).toBeInTheDocument();
});
