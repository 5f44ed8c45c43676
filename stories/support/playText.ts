import { localePacks } from '../../.storybook/localePacks';
import { createTranslator, type MessageKey, type MessageValues } from '../../src/index';

/** Collapses white space (no-break spaces included) the way Testing Library and jest-dom read the page's text. */
export function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a play expects in the toolbar's locale: `t` for queries and text matchers (white space collapsed, as in
 * French `« Appel »` or German `Wird gesendet …`), `exact` for values compared as they are, such as a textarea's.
 */
export function playText(globals: Record<string, unknown>) {
  const translator = createTranslator({ locale: String(globals.locale ?? 'en-US'), locales: localePacks });
  return {
    locale: translator.locale,
    t: (key: MessageKey, values?: MessageValues) => normalized(translator.t(key, values)),
    exact: translator.t,
  };
}
