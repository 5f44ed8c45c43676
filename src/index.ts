'use client';

export { CallStatus, type CallStatusProps } from './components/CallStatus';
export * from './core/index';
export {
  createTranslator,
  type EndMessageId,
  endMessageId,
  endMessageKeys,
  localeDirection,
  type SupportedLocaleTag,
  supportedLocaleTags,
  type Translator,
  type TranslatorOptions,
} from './i18n/index';
export { enUS, enUSLocale } from './i18n/locales/en-US';
export type {
  CallStatusLocale,
  LocaleMessages,
  MessageKey,
  MessageOverride,
  MessageOverrides,
  MessageValues,
  PluralMessage,
} from './i18n/types';
export {
  CallStatusProvider,
  type CallStatusProviderProps,
  type CallStatusSettings,
  useCallStatusSettings,
} from './react/CallStatusProvider';
export {
  type CallStatusAction,
  type CallStatusDetail,
  type CallStatusHandlers,
  type CallStatusView,
  type MessageBackState,
  type UseCallStatusOptions,
  useCallStatus,
} from './react/useCallStatus';
export { type SessionSource, useCallEnd, useSession } from './react/useSession';
export { useCallHistory, useUserAgentStatus } from './react/useUserAgent';
