import type { ReactNode } from 'react';
import { Invitation, Inviter } from 'sip.js';
import { type SessionTracker, useSession } from '../../src/index';

// A failed request needs no handling here: the tracker, and so <CallStatus>, tells how the call ended.
const ignore = () => {};

/** Answer, decline or hang up the current call, as the phase allows. */
export function CallControls({ tracker }: { tracker: SessionTracker }) {
  const phase = useSession(tracker)?.phase;
  const session = tracker.session;
  let controls: ReactNode = null;
  if (session instanceof Invitation && phase === 'ringing') {
    controls = (
      <>
        <button type="button" className="story-button" data-primary="" onClick={() => session.accept().catch(ignore)}>
          Answer
        </button>
        <button type="button" className="story-button" onClick={() => session.reject().catch(ignore)}>
          Decline
        </button>
      </>
    );
  } else if (session instanceof Inviter && (phase === 'calling' || phase === 'ringing')) {
    controls = (
      <button type="button" className="story-button" onClick={() => session.cancel().catch(ignore)}>
        Cancel
      </button>
    );
  } else if (session && phase === 'connected') {
    controls = (
      <button type="button" className="story-button" onClick={() => session.bye().catch(ignore)}>
        Hang up
      </button>
    );
  }
  return controls && <div className="story-row">{controls}</div>;
}
