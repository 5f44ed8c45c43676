import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Invitation } from 'sip.js';
import {
  type CallPhase,
  CallStatus,
  createTranslator,
  endMessageKeys,
  makeInviter,
  type SessionTracker,
  trackSession,
  useCallHistory,
  useCallStatusSettings,
  useUserAgentStatus,
} from '../../src/index';
import { createSandboxUserAgent, SandboxPeer, type SandboxUserAgent, type Scenario } from '../../src/testing';
import { CallControls } from './CallControls';
import { useUnstyled } from './storyTheme';

/** A button of the dial pad: a scenario the phone dials, or one the far end places with `peer.call()`. */
export type PhoneScenario =
  | { readonly label: string; readonly dial: string }
  | { readonly label: string; readonly call: 'cancel' | 'elsewhere' | 'ring' };

/** The dial pad: every failure worth seeing, by the in-memory peer's scenario names (see SCENARIOS.md). */
export const phoneScenarios: readonly PhoneScenario[] = [
  { label: 'Busy', dial: 'busy' },
  { label: 'Declined', dial: 'decline' },
  { label: 'Redirect', dial: 'redirect' },
  { label: 'Unavailable', dial: 'unavailable' },
  { label: 'Not found', dial: 'notfound' },
  { label: 'Auth failure (wrong password)', dial: 'auth' },
  { label: 'Ring, then cancel', dial: 'ring' },
  { label: 'Answered call', dial: 'answer' },
  { label: 'Remote hang-up', dial: 'hangup' },
  { label: 'Connection drop', dial: 'drop-ringing' },
  { label: 'Missed call', call: 'cancel' },
  { label: 'Completed elsewhere', call: 'elsewhere' },
  { label: 'Incoming call', call: 'ring' },
];

/** Props of {@link LivePhone}. */
export interface LivePhoneProps {
  /** Multiplies the far end's delays (its scenarios wait 20 ms per step): 1 for tests, 50 to watch each phase. */
  timeScale: number;
  /** Called with every target the phone dials: a scenario, a typed address, a redirect target, a call back. */
  onDial?: ((target: string) => void) | undefined;
}

/** Bob, whom the redirect points to and who calls in: he answers, talks a little, and hangs up. */
const bob: Scenario = [
  { respond: 180 },
  { answer: true, after: 20 },
  { bye: { reason: 'Q.850;cause=16;text="Normal call clearing"' }, after: 60 },
];

/** Starts a real SIP.js UserAgent against a new in-memory peer; stops it on unmount or when `timeScale` changes. */
function useSandbox(timeScale: number, onInvite: (invitation: Invitation) => void): SandboxUserAgent | undefined {
  const [sandbox, setSandbox] = useState<SandboxUserAgent>();
  const inviteRef = useRef(onInvite);
  inviteRef.current = onInvite;
  useEffect(() => {
    const peer = new SandboxPeer({ timeScale, scenarios: { bob } });
    const started = createSandboxUserAgent({
      peer,
      // Wrong on purpose: only the `auth` scenario asks for it, and it should fail.
      authorizationPassword: 'not-the-password',
      delegate: { onInvite: (invitation) => inviteRef.current(invitation) },
    });
    let live = true;
    started.userAgent
      .start()
      .then(() => live && setSandbox(started))
      .catch(() => {});
    return () => {
      live = false;
      setSandbox(undefined);
      started.userAgent.stop().catch(() => {});
    };
  }, [timeScale]);
  return sandbox;
}

/**
 * A softphone over a real SIP.js UserAgent and the in-memory SIP peer: a dial pad of scenarios, a free address field,
 * `<CallStatus>` for the current call, the phases it went through, and the call history (`useCallHistory`).
 */
export function LivePhone({ timeScale, onDial }: LivePhoneProps) {
  const [tracker, setTracker] = useState<SessionTracker>();
  const [phases, setPhases] = useState<readonly CallPhase[]>([]);
  const [address, setAddress] = useState('busy');
  const lastTarget = useRef('');
  const stopTrace = useRef(() => {});
  const addressRef = useRef<HTMLInputElement>(null);
  const unstyled = useUnstyled();
  const id = useId();

  /** Shows a call and records every phase it enters, even those that pass faster than a render. */
  const show = (next: SessionTracker) => {
    stopTrace.current();
    const seen: CallPhase[] = [];
    const record = () => {
      const { phase } = next.getSnapshot();
      if (phase === 'idle' || seen.at(-1) === phase) return;
      seen.push(phase);
      setPhases([...seen]);
    };
    stopTrace.current = next.subscribe(record);
    setPhases([]);
    record();
    setTracker(next);
  };

  const sandbox = useSandbox(timeScale, (invitation) => show(trackSession(invitation)));
  const connection = useUserAgentStatus(sandbox?.userAgent)?.connection ?? 'connecting';
  useEffect(() => () => stopTrace.current(), []);

  /** After a dropped connection the phone reconnects before the next call, as an app would. */
  const connected = async () => {
    if (sandbox && !sandbox.userAgent.isConnected()) await sandbox.userAgent.reconnect().catch(() => {});
    return sandbox;
  };

  const dial = async (target: string) => {
    const ready = await connected();
    if (!ready) return;
    onDial?.(target);
    lastTarget.current = target;
    const made = makeInviter(ready.userAgent, target);
    show(made.tracker);
    made.inviter?.invite().catch(() => {});
  };

  const run = async (scenario: PhoneScenario) => {
    if ('dial' in scenario) return dial(scenario.dial);
    (await connected())?.peer.call(scenario.call);
  };

  return (
    <div className="story-stack" lang="en">
      <p className="story-hint">
        Connection: <strong>{connection}</strong>. Every call is real SIP.js talking SIP to an in-memory peer.
      </p>
      <fieldset className="story-pad">
        <legend>Scenarios</legend>
        {phoneScenarios.map((scenario) => (
          <button
            key={scenario.label}
            type="button"
            className="story-button"
            disabled={!sandbox}
            onClick={() => run(scenario)}
          >
            {scenario.label}
          </button>
        ))}
      </fieldset>
      <form
        className="story-row"
        onSubmit={(event) => {
          event.preventDefault();
          void dial(address);
        }}
      >
        <div className="story-field">
          <label htmlFor={`${id}-address`}>Address or scenario name</label>
          <input
            id={`${id}-address`}
            ref={addressRef}
            className="story-input"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
        </div>
        <button type="submit" className="story-button" data-primary="" disabled={!sandbox}>
          Call
        </button>
      </form>
      <CallStatus
        session={tracker}
        unstyled={unstyled}
        onRetry={() => dial(lastTarget.current)}
        onCallTarget={(target) => dial(target)}
        onCallBack={(target) => target && dial(target)}
        onEditTarget={() => addressRef.current?.focus()}
        onDismiss={() => setTracker(undefined)}
      />
      {tracker && <CallControls tracker={tracker} />}
      {phases.length > 0 && (
        <ol className="story-trace" aria-label="Phases">
          {phases.map((phase) => (
            // Phases only move forward, so each appears once.
            <li key={phase}>{phase}</li>
          ))}
        </ol>
      )}
      {sandbox && <CallHistory userAgent={sandbox.userAgent} />}
    </div>
  );
}

/** The UserAgent's ended calls, newest first, titled in the provider's locale (the headless way, without `<CallStatus>`). */
function CallHistory({ userAgent }: { userAgent: SandboxUserAgent['userAgent'] }) {
  const history = useCallHistory(userAgent);
  const { locale, locales } = useCallStatusSettings();
  const translator = useMemo(() => createTranslator({ locale, locales }), [locale, locales]);
  const id = useId();
  if (history.length === 0) return null;
  return (
    <div className="story-stack">
      <h2 id={id} className="story-heading">
        Call history
      </h2>
      <ol className="story-list" aria-labelledby={id}>
        {history.map((entry) => (
          <li key={entry.id}>
            {entry.direction === 'incoming' ? 'From' : 'To'} <bdi>{entry.remoteUri ?? 'unknown'}</bdi>:{' '}
            <span lang={translator.locale}>{translator.t(endMessageKeys(entry.end).title)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
