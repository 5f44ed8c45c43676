import type { CSSProperties } from 'react';
import { causeKey } from '../src/core/actions';
import type { CallStatusView } from '../src/react/useCallStatus';

/** Everything `<CallStatus>` shows for one state, computed beforehand: the props of the bare baseline. */
export interface BareView {
  readonly label: string;
  readonly dir: string;
  readonly lang: string;
  readonly phase: string;
  readonly direction: string | undefined;
  readonly severity: string;
  readonly cause: string | undefined;
  readonly connection: string | undefined;
  readonly polite: string;
  readonly alert: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly note: string | undefined;
  readonly summary: string;
  readonly details: readonly { readonly key: string; readonly label: string; readonly value: string }[];
  readonly actions: readonly {
    readonly key: string;
    readonly id: string;
    readonly label: string;
    readonly disabled: boolean;
    readonly expanded: boolean | undefined;
    readonly controls: string | undefined;
  }[];
}

/** The precomputed props for the state `useCallStatus` describes (closed message-back and help panels only). */
export function bareViewOf(view: CallStatusView): BareView {
  const { t } = view.translator;
  const alerting = view.end !== undefined && view.severity === 'error';
  return {
    label: t('label'),
    dir: view.translator.dir,
    lang: view.translator.locale,
    phase: view.phase ?? 'idle',
    direction: view.snapshot?.direction,
    severity: view.severity,
    cause: view.end ? causeKey(view.end.cause) : undefined,
    connection: view.snapshot?.connection === 'lost' ? 'lost' : undefined,
    polite: alerting ? '' : view.announcement,
    alert: alerting ? view.announcement : '',
    title: view.title,
    description: view.description,
    note: view.retryAfterText,
    summary: t('details.summary'),
    details: view.details.map(({ key, label, value }) => ({ key, label, value })),
    actions: view.actions.map((action) => ({
      key: action.key,
      id: action.id,
      label: action.label,
      disabled: !action.enabled,
      expanded: action.expanded,
      controls: action.expanded === undefined ? undefined : action.id === 'messageBack' ? 'bare-message' : 'bare-help',
    })),
  };
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

const noop = () => {};

/** The floor: the markup `<CallStatus>` renders, from precomputed props, with no hooks and no logic. */
export function BareCallStatus({ view }: { view: BareView }) {
  return (
    <section
      className="scs-CallStatus"
      aria-label={view.label}
      dir={view.dir}
      lang={view.lang}
      data-phase={view.phase}
      data-direction={view.direction}
      data-severity={view.severity}
      data-cause={view.cause}
      data-connection={view.connection}
    >
      <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {view.polite}
      </div>
      <div role="alert" aria-atomic="true" style={visuallyHidden}>
        {view.alert}
      </div>
      <p className="scs-CallStatus-title">{view.title}</p>
      {view.description && <p className="scs-CallStatus-description">{view.description}</p>}
      {view.note && <p className="scs-CallStatus-note">{view.note}</p>}
      {view.details.length > 0 && (
        <details className="scs-CallStatus-details">
          <summary>{view.summary}</summary>
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
      {view.actions.length > 0 && (
        <div className="scs-CallStatus-actions">
          {view.actions.map((action) => (
            <button
              key={action.key}
              type="button"
              className="scs-CallStatus-action"
              data-action={action.id}
              disabled={action.disabled}
              aria-expanded={action.expanded}
              aria-controls={action.controls}
              onClick={noop}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
