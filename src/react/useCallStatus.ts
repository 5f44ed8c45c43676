import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Messager } from 'sip.js';
import { type CallAction, type CallSeverity, followUpFor, retryAvailableAt } from '../core/actions';
import type { CallEnd } from '../core/callEnd';
import type { CallPhase, SessionSnapshot } from '../core/sessionTracker';
import { endMessageKeys } from '../i18n/endMessage';
import { enUS } from '../i18n/locales/en-US';
import { createTranslator, type Translator } from '../i18n/translator';
import type { MessageKey, MessageOverrides } from '../i18n/types';
import { useCallStatusSettings } from './CallStatusProvider';
import { isolated, plainText } from './plainText';
import { noSubscribe, type SessionSource, trackerOf, useSession } from './useSession';

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

const livePhases: ReadonlySet<CallPhase | undefined> = new Set(['ringing', 'connected']);

// One shared one-second tick for every live timer on the page: a dashboard of 1,000 calls re-renders in one batch.
let tick = 0;
let ticker: ReturnType<typeof setInterval> | undefined;
const tickListeners = new Set<() => void>();
const subscribeTick = (listener: () => void) => {
  tickListeners.add(listener);
  ticker ??= setInterval(() => {
    tick++;
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
const getTick = () => tick;

/** Re-renders once a second while `active` (without a state update of its own), and returns the current time. */
function useClock(active: boolean): number {
  useSyncExternalStore(active ? subscribeTick : noSubscribe, getTick, getTick);
  return Date.now();
}

/** UI state that belongs to one end: it starts afresh when a new end arrives. */
interface EndState {
  readonly end: CallEnd | undefined;
  readonly messageStatus: MessageBackState['status'];
  readonly messageText: string | undefined;
  readonly mediaHelpOpen: boolean;
  readonly countdownDone: boolean;
  /** Action keys that already ran (double-click guard). */
  readonly fired: ReadonlySet<string>;
}

const freshState = (end: CallEnd | undefined): EndState => ({
  end,
  messageStatus: 'closed',
  messageText: undefined,
  mediaHelpOpen: false,
  countdownDone: false,
  fired: new Set(),
});

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
  const wanted = options.locale ?? settings.locale;
  const translator = useMemo(() => {
    const first = createTranslator({ locale: wanted, locales: settings.locales });
    const perLocale = settings.messages;
    return createTranslator({
      locale: wanted,
      locales: settings.locales,
      overrides: [options.messages, perLocale?.[wanted ?? ''], perLocale?.[first.locale], perLocale?.['*']],
    });
  }, [wanted, settings.locales, settings.messages, options.messages]);
  const { t } = translator;

  // Per-end state is derived, never reset by a state update during render.
  const [stored, setStored] = useState(() => freshState(end));
  const ui = stored.end === end ? stored : freshState(end);
  const patch = useCallback(
    (change: (state: EndState) => Partial<EndState>) =>
      setStored((previous) => {
        const base = previous.end === end ? previous : freshState(end);
        return { ...base, ...change(base) };
      }),
    [end],
  );
  // Synchronous guards: a double click arrives before React re-renders.
  const fired = useRef({ end, keys: new Set<string>() });
  if (fired.current.end !== end) fired.current = { end, keys: new Set(ui.fired) };
  const sending = useRef<CallEnd | undefined>(undefined);

  const availableAt = end ? retryAvailableAt(end) : 0;
  const counting = end !== undefined && !ui.countdownDone && availableAt > Date.now();
  const now = useClock(livePhases.has(snapshot?.phase) || counting);
  const countdown = counting ? Math.max(1, Math.ceil((availableAt - now) / 1000)) : 0;
  useEffect(() => {
    if (!counting) return;
    // Enable Retry exactly when Retry-After has passed, not at the next tick.
    const id = setTimeout(() => patch(() => ({ countdownDone: true })), Math.max(0, availableAt - Date.now()));
    return () => clearTimeout(id);
  }, [counting, availableAt, patch]);
  const messageStatus = ui.messageStatus;
  const mediaHelpOpen = ui.mediaHelpOpen;

  const handlersRef = useRef(options);
  handlersRef.current = options;
  const remoteUri = snapshot?.remoteUri;

  const once = useCallback(
    (key: string, action: () => void) => {
      if (fired.current.keys.has(key)) return;
      fired.current.keys.add(key);
      patch((state) => ({ fired: new Set(state.fired).add(key) }));
      action();
    },
    [patch],
  );

  const text = ui.messageText ?? t('messageBack.defaultText');
  const setMessageText = useCallback((messageText: string) => patch(() => ({ messageText })), [patch]);
  const setMessageStatus = useCallback(
    (messageStatus: MessageBackState['status']) => patch(() => ({ messageStatus })),
    [patch],
  );
  const sendMessage = useCallback(() => {
    if (!end || sending.current === end) return;
    sending.current = end;
    setMessageStatus('sending');
    const custom = handlersRef.current.onMessageBack;
    Promise.resolve()
      .then(() => (custom ? custom(text, remoteUri, end) : sendSipMessage(session, text)))
      .then(
        () => setMessageStatus('sent'),
        () => {
          sending.current = undefined;
          setMessageStatus('failed');
        },
      );
  }, [end, text, remoteUri, session, setMessageStatus]);

  const policy = end ? followUpFor(end) : undefined;
  const actions: CallStatusAction[] = [];
  if (end && policy) {
    const handlers = handlersRef.current;
    const add = (id: CallAction | 'dismiss', label: string, run: () => void, extra: Partial<CallStatusAction> = {}) => {
      const key = extra.key ?? id;
      const enabled = (extra.enabled ?? true) && !fired.current.keys.has(key);
      actions.push({ id, key, label, enabled, ...extra, run: () => enabled && run() });
    };
    for (const id of policy.actions) {
      switch (id) {
        case 'retry':
          if (handlers.onRetry) {
            const waiting = countdown > 0;
            add(
              'retry',
              waiting ? t('action.retryCountdown', { count: countdown }) : t('action.retry'),
              () => once('retry', () => handlersRef.current.onRetry?.(end)),
              waiting ? { enabled: false, countdown } : {},
            );
          }
          break;
        case 'messageBack':
          if (remoteUri || handlers.onMessageBack) {
            add(
              'messageBack',
              t('action.messageBack'),
              () => patch((state) => (state.messageStatus === 'closed' ? { messageStatus: 'editing' } : {})),
              {
                expanded: messageStatus !== 'closed',
                enabled: messageStatus === 'closed',
              },
            );
          }
          break;
        case 'callRedirectTarget':
          if (handlers.onCallTarget) {
            for (const target of end.redirectTargets) {
              const key = `callRedirectTarget:${target}`;
              add(
                'callRedirectTarget',
                t('action.callRedirectTarget', { target: isolated(target) }),
                () => once(key, () => handlersRef.current.onCallTarget?.(target, end)),
                { key },
              );
            }
          }
          break;
        case 'editTarget':
          if (handlers.onEditTarget) {
            add('editTarget', t('action.editTarget'), () =>
              once('editTarget', () => handlersRef.current.onEditTarget?.(end)),
            );
          }
          break;
        case 'authenticate':
          if (handlers.onAuthenticate) {
            add('authenticate', t('action.authenticate'), () =>
              once('authenticate', () => handlersRef.current.onAuthenticate?.(end)),
            );
          }
          break;
        case 'grantMedia':
          add(
            'grantMedia',
            t('action.grantMedia'),
            () => {
              const custom = handlersRef.current.onGrantMedia;
              if (custom) once('grantMedia', () => custom(end));
              else patch((state) => ({ mediaHelpOpen: !state.mediaHelpOpen }));
            },
            handlers.onGrantMedia ? {} : { expanded: mediaHelpOpen },
          );
          break;
        case 'callBack':
          if (handlers.onCallBack) {
            add('callBack', t('action.callBack'), () =>
              once('callBack', () => handlersRef.current.onCallBack?.(remoteUri, end)),
            );
          }
          break;
        default:
          id satisfies never;
      }
    }
    if (handlers.onDismiss)
      add('dismiss', t('action.dismiss'), () => once('dismiss', () => handlersRef.current.onDismiss?.()));
  }

  return {
    snapshot,
    phase: snapshot?.phase,
    end,
    severity: policy ? policy.severity : snapshot?.connection === 'lost' ? 'warning' : 'info',
    ...describe(translator, snapshot, now),
    announcement: announce(describe(translator, snapshot, undefined)),
    details: end ? detailsOf(translator, end) : [],
    retryAfterText: end?.retryAfter ? t('details.retryAfter', { count: end.retryAfter.seconds }) : undefined,
    actions,
    messageBack: {
      status: messageStatus,
      text,
      setText: setMessageText,
      send: sendMessage,
      close: () => setMessageStatus('closed'),
    },
    mediaHelpOpen,
    translator,
  };
}

function describe(
  { t, formatDuration }: Translator,
  snapshot: SessionSnapshot | undefined,
  now: number | undefined,
): { title: string; description: string | undefined } {
  if (!snapshot) return { title: t('phase.idle'), description: undefined };
  if (snapshot.end) {
    const keys = endMessageKeys(snapshot.end);
    return { title: t(keys.title), description: t(keys.description) };
  }
  // Without a clock (for announcements) timers are left out, so a live region does not speak every second.
  const since = (time: number | undefined) =>
    now === undefined ? '' : formatDuration(Math.max(0, (now - (time ?? now)) / 1000));
  const lost = snapshot.connection === 'lost' ? t('connection.lost') : undefined;
  switch (snapshot.phase) {
    case 'idle':
      return { title: t('phase.idle'), description: lost };
    case 'calling':
      return { title: t('phase.calling'), description: lost };
    case 'ringing':
      return snapshot.direction === 'incoming'
        ? { title: t('phase.incoming', { elapsed: since(snapshot.ringingAt) }), description: lost }
        : { title: t('phase.ringing', { elapsed: since(snapshot.ringingAt) }), description: lost };
    case 'connected':
      return { title: t('phase.connected', { duration: since(snapshot.answeredAt) }), description: lost };
    case 'ending':
      return { title: t('phase.ending'), description: lost };
    case 'ended':
      return { title: t('phase.ended'), description: lost };
    default:
      return snapshot.phase satisfies never;
  }
}

function announce({ title, description }: { title: string; description: string | undefined }): string {
  return `${title.replace(/\s+$/, '')}${description ? ` ${description}` : ''}`;
}

function detailsOf({ t, formatNumber }: Translator, end: CallEnd): CallStatusDetail[] {
  const details: CallStatusDetail[] = [];
  // SIP.js's own 408/503 were never on the wire: showing them as a server's answer would mislead support.
  if (end.statusCode !== undefined && !end.internal) {
    details.push({ key: 'status', label: t('details.status'), value: String(end.statusCode) });
  }
  if (end.reasonPhrase && !end.internal) {
    details.push({ key: 'reasonPhrase', label: t('details.reasonPhrase'), value: plainText(end.reasonPhrase) });
  }
  for (const [index, reason] of end.reasons.entries()) {
    if (!/^q\.850$/i.test(reason.protocol)) continue;
    const key = `q850.${reason.cause}` as MessageKey;
    // Localized names for the common causes; otherwise the far end's own text, as plain text.
    const name = key in enUS ? t(key) : reason.text && plainText(reason.text);
    const value = name ? `${formatNumber(reason.cause)} – ${name}` : formatNumber(reason.cause);
    details.push({ key: `q850:${index}`, label: t('details.q850'), value });
  }
  if (end.warning) {
    details.push({
      key: 'warning',
      label: t('details.warning'),
      value: plainText(`${end.warning.code} ${end.warning.text}`),
    });
  }
  return details;
}
