import type { Decorator, Preview } from '@storybook/react-vite';

/** Locales offered in the toolbar; each one added under `src/i18n/locales/` gets an item here. */
const locales = [{ value: 'en-US', title: 'English (US)' }];

/** Scripts written right to left, by primary language subtag. */
const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur']);

function directionOf(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

/** Renders every story inside a wrapper carrying the toolbar's locale (`lang`, `dir`) and theme (`data-theme`). */
const withLocaleAndTheme: Decorator = (Story, { globals }) => {
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en-US';
  const theme = typeof globals.theme === 'string' ? globals.theme : 'default';
  return (
    <div lang={locale} dir={directionOf(locale)} data-theme={theme}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language and region of the messages',
      toolbar: { title: 'Locale', icon: 'globe', items: locales, dynamicTitle: true },
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
  parameters: {
    // Accessibility violations fail the story's test, in the Storybook UI and in `npm run test:stories`.
    a11y: { test: 'error' },
  },
};

export default preview;
