import { useEffect, useId, useRef, useState } from 'react';
import { type Invitation, Registerer, type URI, UserAgent, type UserAgentOptions, Web } from 'sip.js';
import {
  CallStatus,
  makeInviter,
  type SessionTracker,
  trackSession,
  useSession,
  useUserAgentStatus,
} from '../../src/index';
import { CallControls } from './CallControls';
import { useUnstyled } from './storyTheme';

/** What the developer types to reach their own PBX. */
export interface ServerSettings {
  /** The PBX's SIP-over-WebSocket URL, e.g. `wss://pbx.example.com:8089/ws`. */
  server: string;
  /** The account's SIP address, e.g. `sip:1001@pbx.example.com` (`sip:` may be left out). */
  uri: string;
  /** The digest user name, when it differs from the address's user part. */
  username: string;
  /** The digest password; kept in memory only. */
  password: string;
}

/** A message per field that needs fixing; empty when the settings can be used. */
export type ServerSettingsErrors = Partial<Record<keyof ServerSettings, string>>;

/** The account address as a SIP URI with a user and a host, or undefined. */
export function sipAddress(text: string): URI | undefined {
  const trimmed = text.trim();
  const uri = UserAgent.makeURI(/^sips?:/i.test(trimmed) ? trimmed : `sip:${trimmed}`);
  return uri?.user && uri.host ? uri : undefined;
}

/** Checks the settings without touching the network: a `ws:`/`wss:` URL and a SIP address with a user and a host. */
export function serverSettingsErrors({ server, uri }: ServerSettings): ServerSettingsErrors {
  const errors: ServerSettingsErrors = {};
  let url: URL | undefined;
  try {
    url = new URL(server.trim());
  } catch {
    // Not a URL at all: reported below.
  }
  if (!url || (url.protocol !== 'wss:' && url.protocol !== 'ws:')) {
    errors.server = 'Enter a WebSocket URL that starts with wss:// (or ws:// for a PBX on this machine).';
  }
  if (!sipAddress(uri)) errors.uri = 'Enter a SIP address with a user and a domain, such as sip:1001@pbx.example.com.';
  return errors;
}

/** Props of {@link ServerPhone}. */
export interface ServerPhoneProps {
  /** Called, without the password, each time valid settings are submitted, just before connecting. */
  onConnect?: ((settings: Omit<ServerSettings, 'password'>) => void) | undefined;
}

const fields: readonly { key: keyof ServerSettings; label: string; placeholder: string; type?: string }[] = [
  { key: 'server', label: 'WebSocket URL', placeholder: 'wss://pbx.example.com:8089/ws' },
  { key: 'uri', label: 'SIP address', placeholder: 'sip:1001@pbx.example.com' },
  { key: 'username', label: 'Auth user name (optional)', placeholder: '1001' },
  { key: 'password', label: 'Password', placeholder: '', type: 'password' },
];

/**
 * A softphone for the developer's own PBX: registers a real SIP.js UserAgent (Web session description handler, real
 * WebRTC and microphone) over the given WebSocket, calls any number, and shows `<CallStatus>` for each call.
 */
export function ServerPhone({ onConnect }: ServerPhoneProps) {
  const [values, setValues] = useState<ServerSettings>({ server: '', uri: '', username: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const [userAgent, setUserAgent] = useState<UserAgent>();
  const [problem, setProblem] = useState('');
  const [registration, setRegistration] = useState('not registered');
  const [tracker, setTracker] = useState<SessionTracker>();
  const [target, setTarget] = useState('');
  const lastTarget = useRef('');
  const targetRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const unstyled = useUnstyled();
  const id = useId();
  const status = useUserAgentStatus(userAgent);
  // Errors show once the form was submitted, and clear as the fields are fixed.
  const errors = submitted ? serverSettingsErrors(values) : {};

  useEffect(() => {
    if (!userAgent) return;
    return () => {
      userAgent.stop().catch(() => {});
    };
  }, [userAgent]);

  const connect = async () => {
    setSubmitted(true);
    const found = serverSettingsErrors(values);
    const firstInvalid = fields.find(({ key }) => found[key]);
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLInputElement>(`[name="${firstInvalid.key}"]`)?.focus();
      return;
    }
    const uri = sipAddress(values.uri);
    if (!uri) return;
    onConnect?.({ server: values.server.trim(), uri: values.uri.trim(), username: values.username.trim() });
    setProblem('');
    const options: UserAgentOptions = {
      uri,
      transportOptions: { server: values.server.trim() },
      authorizationPassword: values.password,
      logBuiltinEnabled: false,
      delegate: { onInvite: (invitation: Invitation) => setTracker(trackSession(invitation)) },
    };
    if (values.username.trim()) options.authorizationUsername = values.username.trim();
    const started = new UserAgent(options);
    try {
      await started.start();
    } catch (error) {
      setProblem(`Could not connect: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const registerer = new Registerer(started);
    registerer.stateChange.addListener((state) => setRegistration(state.toLowerCase()));
    registerer
      .register({
        requestDelegate: {
          onReject: ({ message }) => setRegistration(`rejected: ${message.statusCode} ${message.reasonPhrase}`),
        },
      })
      .catch((error: unknown) => setRegistration(`failed: ${String(error)}`));
    setUserAgent(started);
  };

  // Unmounting or disconnecting stops the UserAgent, which unregisters too (the effect above).
  const disconnect = () => {
    setUserAgent(undefined);
    setTracker(undefined);
    setRegistration('not registered');
  };

  const dial = (address: string) => {
    if (!userAgent) return;
    lastTarget.current = address;
    const made = makeInviter(userAgent, address);
    setTracker(made.tracker);
    made.inviter?.invite().catch(() => {});
  };

  return (
    <div className="story-stack" lang="en">
      <form
        ref={formRef}
        className="story-form"
        noValidate
        aria-label="Your SIP server"
        onSubmit={(event) => {
          event.preventDefault();
          void connect();
        }}
      >
        {fields.map(({ key, label, placeholder, type }) => (
          <div key={key} className="story-field">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              name={key}
              type={type ?? 'text'}
              className="story-input"
              placeholder={placeholder}
              autoComplete={key === 'password' ? 'current-password' : 'off'}
              spellCheck={false}
              disabled={userAgent !== undefined}
              value={values[key]}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
            {errors[key] && (
              <p id={`${id}-${key}-error`} className="story-error">
                {errors[key]}
              </p>
            )}
          </div>
        ))}
        <div className="story-row">
          {userAgent ? (
            <button type="button" className="story-button" onClick={disconnect}>
              Disconnect
            </button>
          ) : (
            <button type="submit" className="story-button" data-primary="">
              Connect
            </button>
          )}
        </div>
        {problem && (
          <p role="alert" className="story-error">
            {problem}
          </p>
        )}
      </form>
      {userAgent && (
        <>
          <p className="story-hint">
            Connection: <strong>{status?.connection ?? 'connecting'}</strong> · Registration:{' '}
            <strong>{registration}</strong>
          </p>
          <form
            className="story-row"
            onSubmit={(event) => {
              event.preventDefault();
              dial(target);
            }}
          >
            <div className="story-field">
              <label htmlFor={`${id}-target`}>Number or address to call</label>
              <input
                id={`${id}-target`}
                ref={targetRef}
                className="story-input"
                value={target}
                onChange={(event) => setTarget(event.target.value)}
              />
            </div>
            <button type="submit" className="story-button" data-primary="">
              Call
            </button>
          </form>
        </>
      )}
      <CallStatus
        session={tracker}
        unstyled={unstyled}
        onRetry={() => dial(lastTarget.current)}
        onCallTarget={(redirect) => dial(redirect)}
        onCallBack={(caller) => caller && dial(caller)}
        onEditTarget={() => targetRef.current?.focus()}
        onAuthenticate={disconnect}
        onDismiss={() => setTracker(undefined)}
      />
      {tracker && <CallControls tracker={tracker} />}
      {tracker && <RemoteAudio tracker={tracker} />}
    </div>
  );
}

/** Plays the far end's audio once the call is connected. */
function RemoteAudio({ tracker }: { tracker: SessionTracker }) {
  const phase = useSession(tracker)?.phase;
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const handler = tracker.session?.sessionDescriptionHandler;
    if (phase === 'connected' && audio.current && handler instanceof Web.SessionDescriptionHandler) {
      audio.current.srcObject = handler.remoteMediaStream;
    }
  }, [phase, tracker]);
  // biome-ignore lint/a11y/useMediaCaption: a live phone call has no captions to offer.
  return <audio ref={audio} autoPlay />;
}
