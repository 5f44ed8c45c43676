import {
  type Dispatch,
  type RefObject,
  type SetStateAction,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { Messager } from 'sip.js';
import {
  type CallAction,
  type CallSeverity,
  type FollowUpPolicy,
  followUpFor,
  retryAvailableAt,
} from '../core/actions';
import type { CallEnd } from '../core/callEnd';
import type { CallPhase, SessionSnapshot } from '../core/sessionTracker';
import { endMessageKeys } from '../i18n/endMessage';
import { enUS } from '../i18n/locales/en-US';
import { resolveLocale, type Translator, translatorFor } from '../i18n/translator';
import type { MessageKey, MessageOverrides } from '../i18n/types';
import { type CallStatusSettings, useCallStatusSettings } from './CallStatusProvider';
import { isolated, plainText } from './plainText';
import { type SessionSource, trackerOf, useSession } from './useSession';

/** Callbacks the app owns; an action is offered only when it has a handler (message back and microphone help are built in). */
export interface CallStatusHandlers {
  /** Call the same target again. */
  onRetry?: ((end: CallEnd) => void) | undefined;
  /** Replaces the built-in SIP MESSAGE: send `text` yourself; a rejected promise shows "failed". */
  onMessageBack?: ((text: string, target: string | undefined, end: CallEnd) => unknown) | undefined;
  /** Call one of the redirect targets of a 3xx (a URI from the network: validate before dialing). */
  onCallTarget?: ((target: string, end: CallEnd) => void) | undefined;
  /** Let the user fix the number or address. */
  onEditTarget?: ((end: CallEnd) => void) | undefined;
  /** Let the user enter credentials again. */
  onAuthenticate?: ((end: CallEnd) => void) | undefined;
  /** Replaces the built-in microphone help, e.g. to ask for the permission again. */
  onGrantMedia?: ((end: CallEnd) => void) | undefined;
  /** Call back the caller of a missed or declined incoming call. */
  onCallBack?: ((target: string | undefined, end: CallEnd) => void) | undefined;
  /** Close the status. */
  onDismiss?: (() => void) | undefined;
}

/** Options of {@link useCallStatus}. */
export interface UseCallStatusOptions extends CallStatusHandlers {
  /** Overrides the provider's locale for this call. */
  locale?: string | undefined;
  /** Message overrides for this call only; they win over the provider's. */
  messages?: MessageOverrides | undefined;
}

/** One button the UI can show. */
export interface CallStatusAction {
  /** Which action. */
  readonly id: CallAction | 'dismiss';
  /** Unique among the actions (redirect targets share an id). */
  readonly key: string;
  /** Localized label. */
  readonly label: string;
  /** False while a Retry-After countdown runs or after the action already ran. */
  readonly enabled: boolean;
  /** Seconds left before the action is enabled. */
  readonly countdown?: number;
  /** For disclosure-like actions (message back, microphone help): whether their panel is open. */
  readonly expanded?: boolean;
  /** Runs the action; ignored when disabled or when it already ran for this end. */
  readonly run: () => void;
}

/** A labelled fact for the details view (values from the network are plain text). */
export interface CallStatusDetail {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** The built-in "message back" editor's state. */
export interface MessageBackState {
  readonly status: 'closed' | 'editing' | 'sending' | 'sent' | 'failed';
  readonly text: string;
  setText(text: string): void;
  send(): void;
  close(): void;
}

/** Everything needed to render a call's status, localized: what `<CallStatus>` renders, for apps with their own UI. */
export interface CallStatusView {
  readonly snapshot: SessionSnapshot | undefined;
  readonly phase: CallPhase | undefined;
  readonly end: CallEnd | undefined;
  readonly severity: CallSeverity;
  readonly title: string;
  readonly description: string | undefined;
  /** Title and description without running timers: the text for a live region. */
  readonly announcement: string;
  readonly details: readonly CallStatusDetail[];
  /** A sentence about Retry-After, when the response had one. */
  readonly retryAfterText: string | undefined;
  readonly actions: readonly CallStatusAction[];
  readonly messageBack: MessageBackState;
  /** Whether the microphone help text is open. */
  readonly mediaHelpOpen: boolean;
  readonly translator: Translator;
}

/** The timer a live phase shows in its title: the placeholder, and the timestamp it counts from. */
const timers: Partial<Record<CallPhase, readonly ['elapsed' | 'duration', 'ringingAt' | 'answeredAt']>> = {
  ringing: ['elapsed', 'ringingAt'],
  connected: ['duration', 'answeredAt'],
};

// One shared one-second tick for every live timer on the page: a dashboard of 1,000 calls re-renders in one batch.
let ticker: ReturnType<typeof setInterval> | undefined;
const tickListeners = new Set<() => void>();
const subscribeTick = (listener: () => void) => {
  tickListeners.add(listener);
  ticker ??= setInterval(() => {
    for (const notify of tickListeners) notify();
  }, 1000);
  return () => {
    tickListeners.delete(listener);
    if (tickListeners.size === 0) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
};

const increment = (n: number) => n + 1;

/** The handler each action runs; message back and microphone help also work without one. */
const handlerOf = {
  retry: 'onRetry',
  messageBack: 'onMessageBack',
  callRedirectTarget: 'onCallTarget',
  editTarget: 'onEditTarget',
  authenticate: 'onAuthenticate',
  grantMedia: 'onGrantMedia',
  callBack: 'onCallBack',
} as const satisfies Record<CallAction, keyof CallStatusHandlers>;

// Translators are immutable, so every component with the same settings, overrides and locale shares one:
// a dashboard of 1,000 calls resolves the locale once, not 1,000 times.
const translators = new WeakMap<CallStatusSettings, WeakMap<object, Map<string | undefined, Translator>>>();

function sharedTranslator(
  settings: CallStatusSettings,
  wanted: string | undefined,
  messages: MessageOverrides | undefined,
): Translator {
  let byMessages = translators.get(settings);
  if (!byMessages) {
    byMessages = new WeakMap();
    translators.set(settings, byMessages);
  }
  // Without per-call overrides, the settings object stands in as the key.
  let byLocale = byMessages.get(messages ?? settings);
  if (!byLocale) {
    byLocale = new Map();
    byMessages.set(messages ?? settings, byLocale);
  }
  let translator = byLocale.get(wanted);
  if (!translator) {
    const pack = resolveLocale(wanted, settings.locales);
    const perLocale = settings.messages;
    translator = translatorFor(pack, [messages, perLocale?.[wanted ?? ''], perLocale?.[pack.tag], perLocale?.['*']]);
    byLocale.set(wanted, translator);
  }
  return translator;
}

/** UI state that belongs to one end: it starts afresh when a new end arrives. */
interface EndState {
  readonly end: CallEnd | undefined;
  readonly messageStatus: MessageBackState['status'];
  readonly messageText?: string;
  readonly mediaHelpOpen?: boolean;
  readonly countdownDone?: boolean;
  /** Action keys that already ran (double-click guard). */
  readonly fired: ReadonlySet<string>;
}

const freshState = (end: CallEnd | undefined): EndState => ({ end, messageStatus: 'closed', fired: new Set() });

/** What the callbacks read at call time: the latest render's values, and the synchronous guards of the current end. */
interface Latest {
  end: CallEnd | undefined;
  /** Action keys that already ran: a double click arrives before React re-renders. */
  fired: Set<string>;
  /** The end a message is being sent for. */
  sending: CallEnd | undefined;
  options: UseCallStatusOptions;
  session: SessionSource | undefined;
  remoteUri: string | undefined;
  text: string;
}

/** Everything that depends only on the end and the translator, computed once per end. */
interface EndView extends Texts {
  readonly policy: FollowUpPolicy;
  readonly availableAt: number;
  readonly details: readonly CallStatusDetail[];
  readonly retryAfterText: string | undefined;
}

/** Sends the built-in message back as a SIP MESSAGE with SIP.js's Messager; resolves on 2xx, rejects otherwise. */
function sendSipMessage(source: SessionSource | undefined, text: string): Promise<void> {
  const session = trackerOf(source)?.session;
  if (!session) return Promise.reject(new Error('No session to reply to'));
  const uri = session.remoteIdentity.uri;
  return new Promise<void>((resolve, reject) => {
    new Messager(session.userAgent, uri, text, 'text/plain')
      .message({ requestDelegate: { onAccept: () => resolve(), onReject: () => reject(new Error('Rejected')) } })
      .catch(reject);
  });
}

/**
 * Headless status of a call: the localized title, description, details, severity and actions, with the same logic as
 * `<CallStatus>`, for apps that render their own UI.
 */
export function useCallStatus(session: SessionSource | undefined, options: UseCallStatusOptions = {}): CallStatusView {
  const settings = useCallStatusSettings();
  const snapshot = useSession(session);
  const end = snapshot?.end;
  const translator = sharedTranslator(settings, options.locale ?? settings.locale, options.messages);
  const { t } = translator;

  // Per-end state is derived, never reset by a state update during render.
  const [stored, setStored] = useState(() => freshState(end));
  const ui = stored.end === end ? stored : freshState(end);
  const text = ui.messageText ?? t('messageBack.defaultText');
  const remoteUri = snapshot?.remoteUri;
  const latest = useRef<Latest>(null);
  const previous = latest.current;
  const live: Latest = {
    end,
    // A new end starts with the double-click guard of its state (empty unless the app switched back to its session).
    fired: previous && previous.end === end ? previous.fired : new Set(ui.fired),
    sending: previous?.sending,
    options,
    session,
    remoteUri,
    text,
  };
  latest.current = live;
  const [ended, callbacks] = useMemo(
    () => [end && describeEnd(translator, end), callbacksFor(end, setStored, latest)] as const,
    [translator, end],
  );

  const now = Date.now();
  const availableAt = ended ? ended.availableAt : 0;
  const counting = ended !== undefined && !ui.countdownDone && availableAt > now;
  const countdown = counting ? Math.max(1, Math.ceil((availableAt - now) / 1000)) : 0;
  // Live timers and the Retry-After countdown re-render once a second, on the shared tick.
  const ticking = counting || timers[snapshot?.phase ?? 'idle'] !== undefined;
  const until = counting ? availableAt : 0;
  const [, rerender] = useReducer(increment, 0);
  const { patch } = callbacks;
  useEffect(() => {
    if (!ticking) return;
    const unsubscribe = subscribeTick(rerender);
    // Enable Retry exactly when Retry-After has passed, not at the next tick.
    const id = until ? setTimeout(() => patch(() => ({ countdownDone: true })), Math.max(0, until - Date.now())) : 0;
    return () => {
      unsubscribe();
      clearTimeout(id);
    };
  }, [ticking, until, patch]);

  const { messageStatus } = ui;
  const mediaHelpOpen = ui.mediaHelpOpen === true;
  const actions: CallStatusAction[] = [];
  if (end && ended) {
    const { once } = callbacks;
    const add = (id: CallAction | 'dismiss', label: string, run: () => void, extra: Partial<CallStatusAction> = {}) => {
      const key = extra.key ?? id;
      const enabled = (extra.enabled ?? true) && !live.fired.has(key);
      actions.push({ id, key, label, enabled, ...extra, run: () => enabled && run() });
    };
    for (const id of ended.policy.actions) {
      const handler = options[handlerOf[id]];
      if (id === 'messageBack') {
        if (remoteUri || handler) {
          add(
            id,
            t('action.messageBack'),
            () => patch((state) => (state.messageStatus === 'closed' ? { messageStatus: 'editing' } : {})),
            { expanded: messageStatus !== 'closed', enabled: messageStatus === 'closed' },
          );
        }
      } else if (id === 'grantMedia' && !handler) {
        // Built-in microphone help: a disclosure.
        add(id, t('action.grantMedia'), () => patch((state) => ({ mediaHelpOpen: !state.mediaHelpOpen })), {
          expanded: mediaHelpOpen,
        });
      } else if (handler && id === 'callRedirectTarget') {
        for (const target of end.redirectTargets) {
          const key = `${id}:${target}`;
          add(
            id,
            t('action.callRedirectTarget', { target: isolated(target) }),
            () => once(key, () => live.options.onCallTarget?.(target, end)),
            { key },
          );
        }
      } else if (handler && id !== 'callRedirectTarget') {
        const waiting = id === 'retry' && countdown > 0;
        add(
          id,
          waiting ? t('action.retryCountdown', { count: countdown }) : t(`action.${id}`),
          () =>
            once(id, () =>
              id === 'callBack' ? live.options.onCallBack?.(remoteUri, end) : live.options[handlerOf[id]]?.(end),
            ),
          waiting ? { enabled: false, countdown } : {},
        );
      }
    }
    if (options.onDismiss) add('dismiss', t('action.dismiss'), () => once('dismiss', () => live.options.onDismiss?.()));
  }

  const shown = ended ?? describeLive(translator, snapshot, now);
  return {
    snapshot,
    phase: snapshot?.phase,
    end,
    severity: ended ? ended.policy.severity : snapshot?.connection === 'lost' ? 'warning' : 'info',
    title: shown.title,
    description: shown.description,
    announcement: shown.announcement,
    details: ended?.details ?? [],
    retryAfterText: ended?.retryAfterText,
    actions,
    messageBack: {
      status: messageStatus,
      text,
      setText: callbacks.setText,
      send: callbacks.send,
      close: callbacks.close,
    },
    mediaHelpOpen,
    translator,
  };
}

/** The callbacks of one end: stable while the end stays, reading the latest render's values when they run. */
function callbacksFor(
  end: CallEnd | undefined,
  setStored: Dispatch<SetStateAction<EndState>>,
  latest: RefObject<Latest | null>,
) {
  const patch = (change: (state: EndState) => Partial<EndState>) =>
    setStored((previous) => {
      const base = previous.end === end ? previous : freshState(end);
      return { ...base, ...change(base) };
    });
  const setStatus = (messageStatus: MessageBackState['status']) => patch(() => ({ messageStatus }));
  return {
    patch,
    once(key: string, action: () => void) {
      const { fired } = latest.current as Latest;
      if (fired.has(key)) return;
      fired.add(key);
      patch((state) => ({ fired: new Set(state.fired).add(key) }));
      action();
    },
    setText: (messageText: string) => patch(() => ({ messageText })),
    close: () => setStatus('closed'),
    send() {
      const live = latest.current as Latest;
      if (!end || live.sending === end) return;
      live.sending = end;
      setStatus('sending');
      const { text, remoteUri, session } = live;
      const custom = live.options.onMessageBack;
      Promise.resolve()
        .then(() => (custom ? custom(text, remoteUri, end) : sendSipMessage(session, text)))
        .then(
          () => setStatus('sent'),
          () => {
            (latest.current as Latest).sending = undefined;
            setStatus('failed');
          },
        );
    },
  };
}

/** Title, description and live-region text of a call that has not ended, or of no call. */
function describeLive({ t, formatDuration }: Translator, snapshot: SessionSnapshot | undefined, now: number): Texts {
  const phase = snapshot?.phase ?? 'idle';
  const key: MessageKey =
    phase === 'ringing' && snapshot?.direction === 'incoming' ? 'phase.incoming' : `phase.${phase}`;
  const lost = snapshot?.connection === 'lost' ? t('connection.lost') : undefined;
  const timer = timers[phase];
  if (!timer) return texts(t(key), lost);
  const [name, since] = timer;
  return texts(
    t(key, { [name]: formatDuration(Math.max(0, (now - (snapshot?.[since] ?? now)) / 1000)) }),
    lost,
    // The live region gets the title without its timer, so it does not speak every second.
    t(key, { [name]: '' }),
  );
}

/** Everything shown about an end that does not change while it is shown. */
function describeEnd(translator: Translator, end: CallEnd): EndView {
  const { t } = translator;
  const keys = endMessageKeys(end);
  return {
    policy: followUpFor(end),
    availableAt: retryAvailableAt(end),
    ...texts(t(keys.title), t(keys.description)),
    details: detailsOf(translator, end),
    retryAfterText: end.retryAfter ? t('details.retryAfter', { count: end.retryAfter.seconds }) : undefined,
  };
}

interface Texts {
  readonly title: string;
  readonly description: string | undefined;
  readonly announcement: string;
}

const texts = (title: string, description: string | undefined, spoken = title): Texts => ({
  title,
  description,
  announcement: `${spoken.replace(/\s+$/, '')}${description ? ` ${description}` : ''}`,
});

function detailsOf({ t, formatNumber }: Translator, end: CallEnd): CallStatusDetail[] {
  const details: CallStatusDetail[] = [];
  const add = (label: 'status' | 'reasonPhrase' | 'q850' | 'warning', value: string, key: string = label) =>
    details.push({ key, label: t(`details.${label}`), value });
  // SIP.js's own 408/503 were never on the wire: showing them as a server's answer would mislead support.
  if (!end.internal) {
    if (end.statusCode !== undefined) add('status', String(end.statusCode));
    if (end.reasonPhrase) add('reasonPhrase', plainText(end.reasonPhrase));
  }
  end.reasons.forEach((reason, index) => {
    if (!/^q\.850$/i.test(reason.protocol)) return;
    const key = `q850.${reason.cause}` as MessageKey;
    // Localized names for the common causes; otherwise the far end's own text, as plain text.
    const name = key in enUS ? t(key) : reason.text && plainText(reason.text);
    const number = formatNumber(reason.cause);
    add('q850', name ? `${number} – ${name}` : number, `q850:${index}`);
  });
  if (end.warning) add('warning', plainText(`${end.warning.code} ${end.warning.text}`));
  return details;
}
