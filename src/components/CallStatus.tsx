import { type CSSProperties, useEffect, useId, useRef } from 'react';
import { causeKey } from '../core/actions';
import { plainText } from '../react/plainText';
import { type UseCallStatusOptions, useCallStatus } from '../react/useCallStatus';
import type { SessionSource } from '../react/useSession';

/** Props of {@link CallStatus}. */
export interface CallStatusProps extends UseCallStatusOptions {
  /** The SIP.js session to show (an `Inviter` or `Invitation`), or a tracker from `makeInviter`. */
  session: SessionSource | undefined;
  /** Move focus to the first enabled action when the call ends. @default false */
  focusOnEnd?: boolean | undefined;
  /** Drop the default class names, keeping only `data-*` attributes for your own styles. @default false */
  unstyled?: boolean | undefined;
  /** Extra class name on the root. */
  className?: string | undefined;
  /** Inline styles on the root (e.g. CSS custom properties). */
  style?: CSSProperties | undefined;
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Shows what a SIP.js call is doing and, when it ends, why, in the user's language, with the next steps as buttons.
 *
 * @selector [data-phase] idle | calling | ringing | connected | ending | ended
 * @selector [data-cause] the `CallEndCause` key once ended, e.g. BUSY
 * @selector [data-severity] info | warning | error
 */
export function CallStatus({
  session,
  focusOnEnd = false,
  unstyled = false,
  className,
  style,
  ...options
}: CallStatusProps) {
  const view = useCallStatus(session, options);
  const { translator, end, actions, messageBack } = view;
  const { t } = translator;
  const id = useId();
  const actionsRef = useRef<HTMLDivElement>(null);
  const cls = (name: string) => (unstyled ? undefined : `scs-CallStatus${name}`);
  const alerting = end !== undefined && view.severity === 'error';

  useEffect(() => {
    if (focusOnEnd && end) actionsRef.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, [focusOnEnd, end]);

  const { status } = messageBack;
  const sendingOrSent = status === 'sending' || status === 'sent';

  return (
    <section
      className={[cls(''), className].filter(Boolean).join(' ') || undefined}
      style={style}
      aria-label={t('label')}
      dir={translator.dir}
      lang={translator.locale}
      data-phase={view.phase ?? 'idle'}
      data-direction={view.snapshot?.direction}
      data-severity={view.severity}
      data-cause={end ? causeKey(end.cause) : undefined}
      data-connection={view.snapshot?.connection === 'lost' ? 'lost' : undefined}
    >
      <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {alerting ? '' : view.announcement}
      </div>
      <div role="alert" aria-atomic="true" style={visuallyHidden}>
        {alerting ? view.announcement : ''}
      </div>
      <p className={cls('-title')}>{view.title}</p>
      {view.description && <p className={cls('-description')}>{view.description}</p>}
      {view.retryAfterText && <p className={cls('-note')}>{view.retryAfterText}</p>}
      {view.details.length > 0 && (
        <details className={cls('-details')}>
          <summary>{t('details.summary')}</summary>
          <dl>
            {view.details.map((detail) => (
              <div key={detail.key}>
                <dt>{detail.label}</dt>
                <dd>
                  <bdi>{detail.value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {actions.length > 0 && (
        <div className={cls('-actions')} ref={actionsRef}>
          {actions.map((action) => (
            <button
              key={action.key}
              type="button"
              className={cls('-action')}
              data-action={action.id}
              disabled={!action.enabled}
              aria-expanded={action.expanded}
              aria-controls={
                action.expanded === undefined ? undefined : action.id === 'messageBack' ? `${id}-message` : `${id}-help`
              }
              onClick={action.run}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      {view.mediaHelpOpen && (
        <p id={`${id}-help`} className={cls('-help')}>
          {t('help.grantMedia')}
        </p>
      )}
      {status !== 'closed' && (
        <form
          id={`${id}-message`}
          className={cls('-message')}
          onSubmit={(event) => {
            event.preventDefault();
            messageBack.send();
          }}
        >
          <label htmlFor={`${id}-text`}>{t('messageBack.label')}</label>
          <textarea
            id={`${id}-text`}
            value={messageBack.text}
            maxLength={1000}
            readOnly={sendingOrSent}
            onChange={(event) => messageBack.setText(event.target.value)}
          />
          <div className={cls('-actions')}>
            <button type="submit" className={cls('-action')} disabled={sendingOrSent || !plainText(messageBack.text)}>
              {t('messageBack.send')}
            </button>
            {status !== 'sent' && (
              <button type="button" className={cls('-action')} onClick={messageBack.close}>
                {t('messageBack.cancel')}
              </button>
            )}
          </div>
          <p role="status" className={cls('-note')}>
            {status === 'editing' ? '' : t(`messageBack.${status}`)}
          </p>
        </form>
      )}
    </section>
  );
}
