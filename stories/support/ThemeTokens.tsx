/// <reference types="vite/client" />
import css from '../../src/components/CallStatus.css?raw';

/** The custom properties declared in the first rule whose selector is exactly `selector`, in order. */
function tokensOf(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--scs-[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value]));
}

const light = tokensOf('.scs-CallStatus');
const dark = tokensOf('[data-theme="dark"] .scs-CallStatus');

function Value({ value }: { value: string | undefined }) {
  if (!value) return <>same</>;
  return (
    <>
      {/^#[0-9a-f]{3,8}$/i.test(value) && <span className="story-swatch" style={{ background: value }} />}
      <code>{value}</code>
    </>
  );
}

/** The stylesheet's custom properties with their default and dark values, read from `CallStatus.css` itself. */
export function ThemeTokens() {
  return (
    <table className="story-table" aria-label="Custom properties">
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Default</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {[...light].map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <Value value={value} />
            </td>
            <td>
              <Value value={dark.get(name)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
