import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/components/CallStatus.css';
import '../stories/support/stories.css';
import { CallStatusProvider, localeDirection } from '../src/index';
import { type StoryTheme, StoryThemeContext, storyThemes } from '../stories/support/storyTheme';
import { localePacks } from './localePacks';

/** One toolbar item per shipped locale, named in its own language; right-to-left ones are marked. */
const localeItems = localePacks.map(({ tag }) => ({
  value: tag,
  title: `${tag} · ${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag}`,
  ...(localeDirection(tag) === 'rtl' ? { right: 'RTL' } : {}),
}));

const isTheme = (value: unknown): value is StoryTheme => storyThemes.includes(value as StoryTheme);

/**
 * Renders every story inside the kit's provider with the toolbar's locale and all locale packs, and a wrapper carrying
 * `lang`, `dir` (so right-to-left locales flip the layout) and `data-theme`.
 */
const withLocaleAndTheme: Decorator = (Story, { globals }) => {
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en-US';
  const theme = isTheme(globals.theme) ? globals.theme : 'default';
  return (
    <CallStatusProvider locale={locale} locales={localePacks}>
      <StoryThemeContext.Provider value={theme}>
        <div className="story-root" lang={locale} dir={localeDirection(locale)} data-theme={theme}>
          <Story />
        </div>
      </StoryThemeContext.Provider>
    </CallStatusProvider>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language and region of the messages',
      toolbar: { title: 'Locale', icon: 'globe', items: localeItems, dynamicTitle: true },
    },
    theme: {
      description: 'Visual theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'unstyled', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'default' },
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story's test, in the Storybook UI and in `npm run test:stories`.
    a11y: { test: 'error' },
    // Spies keep their implementation but forget earlier stories' calls, so every play counts only its own.
    test: { clearMocks: true },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Cause table', 'Internationalization', 'Theming', 'Testing your app'],
          'CallStatus',
          ['Causes', 'Live', 'Internationalization', 'Theming'],
          'Connect to your server',
          'Reference',
        ],
      },
    },
  },
};

export default preview;
