import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { localePacks } from '../.storybook/localePacks';
import { CallStatusProvider, endMessageKeys } from '../src/index';
import { EndedCall, type EndedCallProps, fixtureEnd, fixtureNames } from './support/EndedCall';
import { LocaleGallery } from './support/LocaleGallery';
import { normalized } from './support/playText';

/** The pack shipped for `tag`. */
function packOf(tag: string) {
  const pack = localePacks.find((candidate) => candidate.tag === tag);
  if (!pack) throw new Error(`No locale pack ${tag}`);
  return pack;
}

/** Checks a right-to-left story: the layout flips, and the title is the pack's own text. */
async function playRightToLeft({ args, canvas, canvasElement, globals }: StoryContext<EndedCallProps>) {
  const tag = String(globals.locale);
  const { messages } = packOf(tag);
  const end = fixtureEnd(args.fixture);
  if (!end) throw new Error(`No fixture named ${args.fixture}`);
  const region = canvas.getByRole('region', { name: normalized(messages.label) });
  await expect(region).toHaveAttribute('dir', 'rtl');
  await expect(region).toHaveAttribute('lang', tag);
  await expect(canvasElement.querySelector('.story-root')).toHaveAttribute('dir', 'rtl');
  await expect(within(region).getByText(normalized(String(messages[endMessageKeys(end).title])))).toBeVisible();
}

/**
 * Every shipped locale, right-to-left layouts, message overrides and locale fallback. The toolbar's locale changes
 * every other story too; these pin a locale where it is the point.
 */
const meta = {
  title: 'CallStatus/Internationalization',
  component: EndedCall,
  args: {
    fixture: 'outgoing/BUSY',
    onRetry: fn(),
    onMessageBack: fn(),
    onCallTarget: fn(),
    onEditTarget: fn(),
    onAuthenticate: fn(),
    onGrantMedia: fn(),
    onCallBack: fn(),
    onDismiss: fn(),
  },
  argTypes: { fixture: { control: 'select', options: fixtureNames } },
} satisfies Meta<EndedCallProps>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The fixture in all 42 locales at once, through the headless `useCallStatus` hook. */
export const EveryLocale: Story = {
  render: ({ fixture }) => <LocaleGallery fixture={fixture} />,
  play: async ({ args, canvas }) => {
    const end = fixtureEnd(args.fixture);
    if (!end) throw new Error(`No fixture named ${args.fixture}`);
    const rows = within(canvas.getByRole('table')).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(localePacks.map((pack) => pack.tag));
    for (const [index, pack] of localePacks.entries()) {
      const title = rows[index]?.querySelector('td');
      await expect(title).toHaveTextContent(normalized(String(pack.messages[endMessageKeys(end).title])));
      await expect(title).toHaveAttribute('lang', pack.tag);
    }
  },
};

/** Arabic: the layout flips; the redirect targets (remote, left-to-right text) stay intact inside Unicode isolates. */
export const Arabic: Story = {
  args: { fixture: 'outgoing/REDIRECTED' },
  globals: { locale: 'ar-AE' },
  play: playRightToLeft,
};

/** Hebrew: a missed call. */
export const Hebrew: Story = {
  args: { fixture: 'incoming/CANCELED' },
  globals: { locale: 'he-IL' },
  play: playRightToLeft,
};

/** Persian: the Retry-After countdown in Persian digits. */
export const Persian: Story = {
  globals: { locale: 'fa-IR' },
  play: async (context) => {
    await playRightToLeft(context);
    await expect(context.canvas.getByRole('button', { name: /۳۰|۲۹/ })).toBeDisabled();
  },
};

/**
 * Overrides, highest precedence first: the component's `messages` prop, then the provider's `messages` for the resolved
 * locale, then its `'*'` entry, then the locale pack, then English. A function override gets the message's values.
 */
export const Overrides: Story = {
  render: (args, { globals }) => (
    <CallStatusProvider
      locale={String(globals.locale)}
      locales={localePacks}
      messages={{
        '*': { 'end.BUSY.title': 'Engaged' },
        'en-US': { 'end.BUSY.title': 'The line is engaged' },
      }}
    >
      <EndedCall
        {...args}
        messages={{
          'end.BUSY.description': 'Bob is on another call.',
          'details.retryAfter': ({ count }) => `Bob should be free in ${count} s.`,
        }}
      />
    </CallStatusProvider>
  ),
  play: async ({ canvas, globals }) => {
    const english = globals.locale === 'en-US' || globals.locale === undefined;
    await expect(canvas.getByText(english ? 'The line is engaged' : 'Engaged')).toBeVisible();
    await expect(canvas.getByText('Bob is on another call.')).toBeVisible();
    await expect(canvas.getByText('Bob should be free in 30 s.')).toBeVisible();
  },
};

/** The `locale` prop wins over the provider's; unmatched tags fall back by language, then to English. */
export const Fallback: Story = {
  render: (args) => (
    <div className="story-gallery">
      {['de-AT', 'pt', 'xx-XX'].map((locale) => (
        <div key={locale} className="story-stack">
          <p className="story-hint">
            locale=<code>{locale}</code>
          </p>
          <EndedCall {...args} locale={locale} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const regions = canvas.getAllByRole('region');
    await expect(regions.map((region) => region.getAttribute('lang'))).toEqual(['de-DE', 'pt-BR', 'en-US']);
  },
};
