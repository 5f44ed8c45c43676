import { type FormEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Invitation } from 'sip.js';
import {
  CallStatus,
  type CallStatusLocale,
  CallStatusProvider,
  createTranslator,
  endMessageId,
  useCallHistory,
  useSession,
  useUserAgentStatus,
} from '../../../src/index';
import type { Phone, Settings } from './phone';

const registrationText = {
  off: 'Not registered (calling only)',
  unregistered: 'Not registered',
  registering: 'Registering…',
  registered: 'Registered',
  failed: 'Registration failed',
} as const;

/** Props of {@link Softphone}. */
export interface SoftphoneProps {
  phone: Phone;
  settings: Settings;
  locales: readonly CallStatusLocale[];
}

/** A minimal softphone: dial, answer, hang up, the kit's `<CallStatus>` for the current call, messages and history. */
export function Softphone({ phone, settings, locales }: SoftphoneProps) {
  const state = useSyncExternalStore(phone.subscribe, phone.getState);
  const connection = useUserAgentStatus(phone.userAgent)?.connection ?? 'disconnected';
  const history = useCallHistory(phone.userAgent);
  const { call } = state;
  const snapshot = useSession(call?.source);
  const [target, setTarget] = useState('');
  const targetRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const translator = useMemo(() => createTranslator({ locale: settings.locale, locales }), [settings.locale, locales]);

  const ringingIn = call?.session instanceof Invitation && snapshot?.phase === 'ringing';
  const live = snapshot !== undefined && snapshot.phase !== 'ended' && !ringingIn;

  const dial = (event: FormEvent) => {
    event.preventDefault();
    phone.dial(target);
  };

  return (
    <CallStatusProvider locale={settings.locale} locales={locales}>
      <main>
        <h1>Demo softphone</h1>
        <p id="account" data-connection={connection} data-registration={state.registration}>
          {`${settings.user}@${settings.domain} · ${connection} · ${registrationText[state.registration]}`}
        </p>
        <form onSubmit={dial}>
          <label htmlFor="target">Number or address</label>{' '}
          <input
            id="target"
            ref={targetRef}
            value={target}
            autoComplete="off"
            onChange={(event) => setTarget(event.target.value)}
          />{' '}
          <button type="submit" disabled={live || ringingIn}>
            Call
          </button>
        </form>
        {(ringingIn || live) && (
          <p>
            {ringingIn && (
              <>
                <button type="button" onClick={phone.answer}>
                  Answer
                </button>{' '}
                <button type="button" onClick={phone.decline}>
                  Decline
                </button>
              </>
            )}
            {live && (
              <button type="button" onClick={phone.hangUp}>
                Hang up
              </button>
            )}
          </p>
        )}
        {call && (
          <div data-call-id={call.id}>
            <CallStatus
              key={call.id}
              session={call.source}
              focusOnEnd
              onRetry={() => call.target !== undefined && phone.dial(call.target)}
              onCallTarget={(uri) => {
                // A URI from the network: only SIP addresses are dialed.
                if (/^sips?:/i.test(uri)) phone.dial(uri);
              }}
              onCallBack={(uri) => uri && phone.dial(uri)}
              onEditTarget={() => {
                setTarget(call.target ?? '');
                targetRef.current?.focus();
              }}
              onAuthenticate={() => passwordRef.current?.focus()}
              onDismiss={phone.dismiss}
            />
          </div>
        )}
        <section aria-labelledby="messages-title">
          <h2 id="messages-title">Messages</h2>
          <ul id="messages">
            {state.messages.map((text, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
              <li key={index}>{text}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="history-title">
          <h2 id="history-title">Call history</h2>
          <ol id="history">
            {history.map((entry) => (
              <li key={entry.id} data-direction={entry.direction} data-message={endMessageId(entry.end)}>
                {entry.direction === 'incoming' ? 'From ' : 'To '}
                <bdi>{entry.remoteUri ?? ''}</bdi>
                {': '}
                <span lang={translator.locale} dir={translator.dir}>
                  {translator.t(`end.${endMessageId(entry.end)}.title`)}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="account-title">
          <h2 id="account-title">Account</h2>
          <label htmlFor="password">Password</label>{' '}
          <input
            id="password"
            ref={passwordRef}
            type="password"
            autoComplete="off"
            defaultValue={settings.password}
            onChange={(event) => phone.setPassword(event.target.value)}
          />
        </section>
      </main>
    </CallStatusProvider>
  );
}
