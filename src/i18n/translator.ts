import { enUS, enUSLocale } from './locales/en-US';
import type { CallStatusLocale, MessageKey, MessageOverride, MessageOverrides, MessageValues } from './types';

// Shadows Node's global so the build's declaration pass (no Node types) still compiles; bundlers replace the expression.
declare const process: { env: { NODE_ENV?: string } };

/** Options of `createTranslator`. */
export interface TranslatorOptions {
  /** The wanted BCP-47 tag, e.g. `navigator.language`; English when missing, malformed or unmatched. */
  locale?: string | undefined;
  /** The locale packs the app offers; English (`en-US`) is always built in. */
  locales?: readonly CallStatusLocale[] | undefined;
  /** Message overrides, highest precedence first; `undefined` entries are skipped. */
  overrides?: readonly (MessageOverrides | undefined)[] | undefined;
}

/** Turns message keys into text for one resolved locale, and formats numbers and durations the way that locale does. */
export interface Translator {
  /** The tag of the locale pack actually used, e.g. `de-DE` for a wanted `de-AT`. */
  locale: string;
  /** The writing direction of that locale. */
  dir: 'ltr' | 'rtl';
  /** The text of `key`, with `{name}` placeholders filled from `values` and the plural form chosen by `values.count`. */
  t(key: MessageKey, values?: MessageValues): string;
  /** `n` formatted with the locale's digits and separators. */
  formatNumber(n: number): string;
  /** A compact clock, `m:ss` or `h:mm:ss`, in the locale's digits; `0:00` for negative or non-finite input. */
  formatDuration(seconds: number): string;
}

/** Writing direction of a BCP-47 tag, by its language subtag. */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur|ps|ckb|dv|yi)([-_]|$)/i.test(tag) ? 'rtl' : 'ltr';
}

// Intl objects are costly to build and immutable, so every translator shares one set per locale.
const intlCache = new Map<
  string,
  readonly [Intl.PluralRules, Intl.NumberFormat, Intl.NumberFormat, Intl.NumberFormat]
>();
const intlFor = (tag: string) => {
  let set = intlCache.get(tag);
  if (!set) {
    set = [
      new Intl.PluralRules(tag),
      new Intl.NumberFormat(tag),
      new Intl.NumberFormat(tag, { useGrouping: false }),
      new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false }),
    ];
    intlCache.set(tag, set);
  }
  return set;
};
// Messages already shown: each names its key and locale, so this warns once per key and locale.
const warned = new Set<string>();

function warn(message: string): void {
  let production = false;
  // Not `typeof process` first: bundlers replace `process.env.NODE_ENV` in browser builds where `process` itself is absent.
  try {
    production = process.env.NODE_ENV === 'production';
  } catch {
    // No `process` (a browser without a bundler): development.
  }
  if (!production && !warned.has(message)) {
    warned.add(message);
    console.warn(`sip-call-status: ${message}`);
  }
}

/** How well `tag` serves `wanted` (maximized locales): 3 same locale, 2 same language and script, 1 same language, 0 none. */
function score(wanted: Intl.Locale | undefined, tag: unknown): number {
  try {
    const have = new Intl.Locale(tag as string).maximize();
    // Norwegian readers read Bokmål, the one Norwegian pack: `no` and `nn` take `nb`.
    const lang = (l: Intl.Locale) => l.language.replace(/^n[no]$/, 'nb');
    if (!wanted || lang(have) !== lang(wanted)) return 0;
    return have.baseName === wanted.baseName ? 3 : have.script === wanted.script ? 2 : 1;
  } catch {
    return 0;
  }
}

/** The locale pack that best serves `locale` among `locales`, English when none does. */
export function resolveLocale(locale: string | undefined, locales: readonly CallStatusLocale[] = []): CallStatusLocale {
  let wanted: Intl.Locale | undefined;
  try {
    wanted = new Intl.Locale((locale as string).replace(/_/g, '-')).maximize();
  } catch {
    // Malformed or missing: English.
  }
  let best: CallStatusLocale = enUSLocale;
  let top = 0;
  for (const pack of [...locales, enUSLocale]) {
    const s = score(wanted, pack?.tag);
    if (s > top) [best, top] = [pack, s];
  }
  return best;
}

/** Creates a translator: overrides (in order) → the best-matching locale pack → English, for every key. */
export function createTranslator({ locale, locales, overrides = [] }: TranslatorOptions = {}): Translator {
  return translatorFor(resolveLocale(locale, locales), overrides);
}

/** The translator of an already resolved pack, so a caller can pick overrides by the resolved tag. */
export function translatorFor(
  pack: CallStatusLocale,
  overrides: readonly (MessageOverrides | undefined)[],
): Translator {
  const tag = pack.tag;
  // Filtered once: `t` runs for every text of every render.
  const layers = overrides.filter((o): o is MessageOverrides => Boolean(o));
  const [plural, number, int, two] = intlFor(tag);

  /** The text of one message, or '' when it has none (so the next level is tried). */
  const text = (message: MessageOverride | undefined, values: MessageValues): string => {
    let m: unknown = message;
    if (typeof message === 'function') {
      try {
        m = message(values);
      } catch {
        m = '';
      }
      // A function's result is final text: its own braces are not placeholders.
      return typeof m === 'string' && m.trim() ? m : '';
    }
    if (message && typeof message === 'object') {
      const count = values.count;
      m = (typeof count === 'number' && message[plural.select(count) as keyof typeof message]) || message.other;
    }
    return typeof m === 'string' && m.trim()
      ? m.replace(/\{(\w+)\}/g, (_, name: string) => {
          const v = Object.hasOwn(values, name) ? values[name] : '';
          return typeof v === 'number' ? number.format(v) : typeof v === 'string' ? v : '';
        })
      : '';
  };

  /** The text of `key` from the first level that has one, warning about a level that should have had one. */
  const lookup = (key: MessageKey, values: MessageValues): string => {
    for (const o of layers) {
      const m = o[key];
      if (m === undefined) continue;
      const s = text(m, values);
      if (s) return s;
      warn(`empty override for "${key}"`);
    }
    const s = text(pack.messages?.[key], values);
    if (s) return s;
    if (pack !== enUSLocale) warn(`missing "${key}" in ${tag}`);
    const en = text(enUS[key], values);
    if (en) return en;
    warn(`unknown key "${key}"`);
    return key;
  };
  // Texts without values, by key, unless a function override makes them: most are asked for on every render.
  const fixed = new Map<MessageKey, string>();

  return {
    locale: tag,
    dir: localeDirection(tag),
    t(key, values) {
      if (values) return lookup(key, values);
      let s = fixed.get(key);
      if (s === undefined) {
        s = lookup(key, {});
        if (!layers.some((o) => typeof o[key] === 'function')) fixed.set(key, s);
      }
      return s;
    },
    formatNumber: (n) => number.format(n),
    formatDuration(seconds) {
      const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
      const h = Math.floor(s / 3600);
      const m = Math.floor(s / 60) % 60;
      return `${h ? `${int.format(h)}:${two.format(m)}` : int.format(m)}:${two.format(s % 60)}`;
    },
  };
}
