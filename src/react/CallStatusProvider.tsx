import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { CallStatusLocale, MessageOverrides } from '../i18n/types';

/** What `<CallStatusProvider>` shares with every `<CallStatus>` and `useCallStatus` below it. */
export interface CallStatusSettings {
  /** The wanted BCP-47 tag, e.g. `navigator.language`. @default 'en-US' */
  locale?: string | undefined;
  /** Locale packs the app loaded from `sip-call-status/locales/<tag>`; English is built in. */
  locales?: readonly CallStatusLocale[] | undefined;
  /** Partial overrides per locale tag (`'*'` applies to every locale), e.g. `{ 'en-US': { 'end.BUSY.title': 'Engaged' } }`. */
  messages?: Readonly<Record<string, MessageOverrides>> | undefined;
}

/** Props of {@link CallStatusProvider}. */
export interface CallStatusProviderProps extends CallStatusSettings {
  children?: ReactNode;
}

const CallStatusContext = createContext<CallStatusSettings>({});

/** Sets the locale, the loaded locale packs and message overrides for every `<CallStatus>` below it. */
export function CallStatusProvider({ locale, locales, messages, children }: CallStatusProviderProps) {
  const value = useMemo(() => ({ locale, locales, messages }), [locale, locales, messages]);
  return <CallStatusContext.Provider value={value}>{children}</CallStatusContext.Provider>;
}

/** The settings of the nearest `<CallStatusProvider>` (empty: English, no overrides). */
export function useCallStatusSettings(): CallStatusSettings {
  return useContext(CallStatusContext);
}
