import { localePacks } from '../../.storybook/localePacks';
import { localeDirection } from '../../src/index';

const english = new Intl.DisplayNames(['en'], { type: 'language' });

/** Every shipped locale: its tag, its name in English and in itself, its direction, and how it says "Line busy". */
export function LocaleTable() {
  return (
    <table className="story-table" aria-label="Locales">
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Language</th>
          <th scope="col">Native name</th>
          <th scope="col">Direction</th>
          <th scope="col">“Line busy”</th>
        </tr>
      </thead>
      <tbody>
        {localePacks.map(({ tag, messages }) => (
          <tr key={tag}>
            <th scope="row">
              <code>{tag}</code>
            </th>
            <td>{english.of(tag)}</td>
            <td lang={tag} dir={localeDirection(tag)}>
              {new Intl.DisplayNames([tag], { type: 'language' }).of(tag)}
            </td>
            <td>{localeDirection(tag)}</td>
            <td lang={tag} dir={localeDirection(tag)}>
              {messages['end.BUSY.title']}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
