import { useMemo } from 'react';
import { localePacks } from '../../.storybook/localePacks';
import {
  type CallStatusLocale,
  endedTracker,
  localeDirection,
  type SessionTracker,
  useCallStatus,
} from '../../src/index';
import { fixtureEnd } from './EndedCall';

const noop = () => {};
/** Every handler, so every action the cause offers gets its label. */
const handlers = {
  onRetry: noop,
  onMessageBack: noop,
  onCallTarget: noop,
  onEditTarget: noop,
  onAuthenticate: noop,
  onGrantMedia: noop,
  onCallBack: noop,
  onDismiss: noop,
};

function LocaleRow({ pack, tracker }: { pack: CallStatusLocale; tracker: SessionTracker }) {
  // The headless hook: the same text and actions as <CallStatus>, in this row's locale.
  const view = useCallStatus(tracker, { ...handlers, locale: pack.tag });
  const dir = localeDirection(pack.tag);
  return (
    <tr>
      <th scope="row">
        <code>{pack.tag}</code>
      </th>
      <td lang={pack.tag} dir={dir}>
        {view.title}
      </td>
      <td lang={pack.tag} dir={dir}>
        {view.description}
      </td>
      <td lang={pack.tag} dir={dir}>
        {view.actions.map((action) => action.label).join(' · ')}
      </td>
    </tr>
  );
}

/** One fixture's title, description and action labels in every shipped locale, with `useCallStatus`. */
export function LocaleGallery({ fixture }: { fixture: string }) {
  const tracker = useMemo(() => {
    const end = fixtureEnd(fixture);
    return end && endedTracker(end);
  }, [fixture]);
  if (!tracker) return null;
  return (
    <table className="story-table" aria-label={`${fixture} in every locale`}>
      <thead>
        <tr>
          <th scope="col">Locale</th>
          <th scope="col">Title</th>
          <th scope="col">Description</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {localePacks.map((pack) => (
          <LocaleRow key={pack.tag} pack={pack} tracker={tracker} />
        ))}
      </tbody>
    </table>
  );
}
