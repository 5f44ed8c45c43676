import type { enUS } from './locales/en-US';

/** Every message key, typed from the English source. */
export type MessageKey = keyof typeof enUS;

/** A plural message: one string per `Intl.PluralRules` category the locale uses; `other` is always required. */
export type PluralMessage = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { other: string };

/** The keys whose English value is a plural message. */
export type PluralMessageKey = {
  [K in MessageKey]: (typeof enUS)[K] extends string ? never : K;
}[MessageKey];

/** A complete message catalog for one locale: every key English has, strings where English has strings, plurals where it has plurals. */
export type LocaleMessages = {
  [K in MessageKey]: K extends PluralMessageKey ? PluralMessage : string;
};

/** Values a message can interpolate, e.g. `{ count: 3 }` or `{ target: 'sip:bob@example.com' }`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** An override: a replacement string (same placeholders), a plural message, or a function of the message's values. */
export type MessageOverride = string | PluralMessage | ((values: MessageValues) => string);

/** Partial overrides keyed by message key; a typo in a key fails to compile. */
export type MessageOverrides = Partial<Record<MessageKey, MessageOverride>>;

/** A locale pack as shipped under `sip-call-status/locales/<tag>`: its BCP-47 tag and its messages. */
export interface CallStatusLocale<M = LocaleMessages> {
  /** BCP-47 tag, e.g. `de-DE`. */
  tag: string;
  /** The catalog. */
  messages: M;
}
