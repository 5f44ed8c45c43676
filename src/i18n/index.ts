export type { EndMessageId } from './endMessage';
export { endMessageId, endMessageKeys } from './endMessage';
export { enUS, enUSLocale } from './locales/en-US';
export type { SupportedLocaleTag } from './localeTags';
export { supportedLocaleTags } from './localeTags';
export type { Translator, TranslatorOptions } from './translator';
export { createTranslator, localeDirection } from './translator';
export type {
  CallStatusLocale,
  LocaleMessages,
  MessageKey,
  MessageOverride,
  MessageOverrides,
  MessageValues,
  PluralMessage,
  PluralMessageKey,
} from './types';
