import { afterEach, describe, expect, it, vi } from 'vitest';
import { enUS, enUSLocale } from '../../src/i18n/locales/en-US';
import { createTranslator, localeDirection } from '../../src/i18n/translator';
import type { CallStatusLocale, LocaleMessages, MessageKey } from '../../src/i18n/types';

/** A small fake pack: only the keys a test needs (the translator falls back to English for the rest). */
const pack = (tag: string, messages: Partial<LocaleMessages>) => ({ tag, messages }) as CallStatusLocale;

const deDE = pack('de-DE', { 'action.retry': 'Erneut anrufen', 'phase.ringing': 'Es klingelt… {elapsed}' });
const deAT = pack('de-AT', { 'action.retry': 'Nochmals anrufen' });
const zhCN = pack('zh-CN', { 'action.retry': '重新呼叫' });
const zhTW = pack('zh-TW', { 'action.retry': '重新撥打' });
const srLatn = pack('sr-Latn-RS', { 'action.retry': 'Pozovi ponovo' });
const nbNO = pack('nb-NO', { 'action.retry': 'Ring igjen' });
const enGB = pack('en-GB', { 'end.CANCELED.title': 'Call cancelled' });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('createTranslator: lookup precedence', () => {
  it('uses English when nothing else is given', () => {
    const tr = createTranslator({});
    expect(tr.locale).toBe('en-US');
    expect(tr.t('action.retry')).toBe('Call again');
    expect(createTranslator().t('label')).toBe('Call status');
  });

  it('prefers the first override that has the key, then later overrides, then the pack, then English', () => {
    const tr = createTranslator({
      locale: 'de-DE',
      locales: [deDE],
      overrides: [
        { 'action.retry': 'Prop' },
        undefined,
        { 'action.retry': 'Provider', 'action.dismiss': 'Provider close' },
      ],
    });
    expect(tr.t('action.retry')).toBe('Prop');
    expect(tr.t('action.dismiss')).toBe('Provider close');
    expect(tr.t('phase.ringing', { elapsed: '0:07' })).toBe('Es klingelt… 0:07');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(tr.t('messageBack.send')).toBe('Send');
  });

  it('calls a function override with the values and uses its result as final text', () => {
    const seen: unknown[] = [];
    const tr = createTranslator({
      overrides: [
        {
          'action.callRedirectTarget': (values) => {
            seen.push(values);
            return `Dial ${values.target} {target}`;
          },
        },
      ],
    });
    expect(tr.t('action.callRedirectTarget', { target: 'sip:bob@example.com' })).toBe(
      'Dial sip:bob@example.com {target}',
    );
    expect(seen).toEqual([{ target: 'sip:bob@example.com' }]);
  });

  it('picks the form of a plural override by count, and a string override for a plural key is interpolated', () => {
    const tr = createTranslator({
      overrides: [
        { 'action.retryCountdown': { one: 'Retry in one second', other: 'Retry in {count}s' } },
        { 'details.retryAfter': 'Wait {count}s', 'action.retryCountdown': 'never used' },
      ],
    });
    expect(tr.t('action.retryCountdown', { count: 1 })).toBe('Retry in one second');
    expect(tr.t('action.retryCountdown', { count: 4 })).toBe('Retry in 4s');
    expect(tr.t('details.retryAfter', { count: 1 })).toBe('Wait 1s');
  });

  it('lets an empty override, an empty pack value or a failing function fall through, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tr = createTranslator({
      locale: 'de-DE',
      locales: [pack('de-DE', { 'action.retry': '', 'action.dismiss': '  ', 'messageBack.send': 'Senden' })],
      overrides: [
        {
          'action.retry': '',
          'messageBack.send': () => '',
          'messageBack.cancel': () => {
            throw new Error('app bug');
          },
          'action.retryCountdown': { other: '' },
        },
      ],
    });
    expect(tr.t('action.retry')).toBe('Call again');
    expect(tr.t('action.dismiss')).toBe('Dismiss');
    expect(tr.t('messageBack.send')).toBe('Senden');
    expect(tr.t('messageBack.cancel')).toBe('Cancel');
    expect(tr.t('action.retryCountdown', { count: 2 })).toBe('Call again in 2 seconds');
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.some((m) => m.includes('"action.retry"') && m.includes('override'))).toBe(true);
    expect(messages.some((m) => m.includes('"action.dismiss"') && m.includes('de-DE'))).toBe(true);
  });

  it('never shows an empty string for any English key', () => {
    const tr = createTranslator({ locale: 'en-US' });
    for (const key of Object.keys(enUS) as MessageKey[]) {
      expect(tr.t(key, { count: 2, target: 't', elapsed: 'e', duration: 'd' })).not.toBe('');
    }
  });

  it('returns a key English does not have (only reachable past the types) and warns instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(createTranslator({}).t('no.such.key' as MessageKey)).toBe('no.such.key');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('createTranslator: locale resolution', () => {
  it('matches the exact tag case-insensitively, before any same-language pack', () => {
    expect(createTranslator({ locale: 'DE-de', locales: [deDE] }).locale).toBe('de-DE');
    expect(createTranslator({ locale: 'de-AT', locales: [deDE, deAT] }).locale).toBe('de-AT');
    expect(createTranslator({ locale: 'de-AT', locales: [deDE, deAT] }).t('action.retry')).toBe('Nochmals anrufen');
  });

  it('falls back to the same language: de-AT → de-DE, de → de-DE, de_CH → de-DE', () => {
    const tr = createTranslator({ locale: 'de-AT', locales: [deDE] });
    expect(tr.locale).toBe('de-DE');
    expect(tr.t('action.retry')).toBe('Erneut anrufen');
    expect(createTranslator({ locale: 'de', locales: [deDE] }).locale).toBe('de-DE');
    expect(createTranslator({ locale: 'de_CH', locales: [deDE] }).locale).toBe('de-DE');
  });

  it('prefers Traditional Chinese for zh-HK and Simplified for zh-SG', () => {
    expect(createTranslator({ locale: 'zh-HK', locales: [zhCN, zhTW] }).locale).toBe('zh-TW');
    expect(createTranslator({ locale: 'zh-SG', locales: [zhTW, zhCN] }).locale).toBe('zh-CN');
    expect(createTranslator({ locale: 'zh', locales: [zhTW, zhCN] }).locale).toBe('zh-CN');
    expect(createTranslator({ locale: 'zh-HK', locales: [zhCN] }).locale).toBe('zh-CN');
  });

  it('maps sr to sr-Latn-RS and Norwegian (no, nn, nb) to nb-NO', () => {
    expect(createTranslator({ locale: 'sr', locales: [srLatn] }).locale).toBe('sr-Latn-RS');
    expect(createTranslator({ locale: 'sr-RS', locales: [srLatn] }).t('action.retry')).toBe('Pozovi ponovo');
    for (const locale of ['no', 'nn', 'nb', 'no-NO', 'nn-NO', 'nb-NO']) {
      expect(createTranslator({ locale, locales: [nbNO] }).locale).toBe('nb-NO');
    }
  });

  it('prefers an app-given English pack for other English locales, and en-US when asked for it', () => {
    expect(createTranslator({ locale: 'en-AU', locales: [enGB] }).locale).toBe('en-GB');
    expect(createTranslator({ locale: 'en-US', locales: [enGB] }).locale).toBe('en-US');
    expect(createTranslator({ locale: 'en', locales: [enGB] }).locale).toBe('en-US');
    expect(createTranslator({ locale: 'en-GB', locales: [enGB] }).t('end.CANCELED.title')).toBe('Call cancelled');
  });

  it('uses English for an unknown language, and the first pack never wins by default', () => {
    const tr = createTranslator({ locale: 'xx-YY', locales: [deDE] });
    expect(tr.locale).toBe('en-US');
    expect(tr.t('action.retry')).toBe('Call again');
    expect(createTranslator({ locale: 'fr-FR', locales: [deDE] }).locale).toBe('en-US');
    expect(createTranslator({ locales: [deDE] }).locale).toBe('en-US');
  });

  it('never throws on garbage tags, neither wanted nor in packs', () => {
    for (const locale of ['', '!!', 'x-invalid', 'root', 'i-klingon', '-', 'de--DE', '\u0000', 'a'.repeat(500)]) {
      const tr = createTranslator({ locale, locales: [deDE] });
      expect(tr.locale).toBe('en-US');
      expect(tr.dir).toBe('ltr');
      expect(tr.t('action.retry')).toBe('Call again');
      expect(tr.formatNumber(1234)).toBe('1,234');
    }
    const bad = [pack('!!', {}), pack('', {}), { tag: 42, messages: null } as unknown as CallStatusLocale];
    expect(createTranslator({ locale: '!!', locales: bad }).locale).toBe('en-US');
    expect(createTranslator({ locale: 'de-DE', locales: [...bad, deDE] }).locale).toBe('de-DE');
  });
});

describe('direction', () => {
  it('is rtl for ar, he, fa, ur, ps, ckb, dv, yi by language subtag, else ltr', () => {
    for (const tag of ['ar', 'ar-AE', 'he-IL', 'fa-IR', 'ur-PK', 'ps-AF', 'ckb-IQ', 'dv-MV', 'yi', 'AR-eg', 'fa_IR']) {
      expect(localeDirection(tag)).toBe('rtl');
    }
    for (const tag of ['en-US', 'de-DE', 'arn-CL', 'hei', 'fr', 'zh-TW', '', '!!']) {
      expect(localeDirection(tag)).toBe('ltr');
    }
  });

  it('follows the pack actually used', () => {
    expect(createTranslator({ locale: 'ar-EG', locales: [pack('ar-AE', {})] }).dir).toBe('rtl');
    expect(createTranslator({ locale: 'he-IL', locales: [pack('he-IL', {})] }).dir).toBe('rtl');
    expect(createTranslator({ locale: 'he-IL' }).dir).toBe('ltr');
  });
});

describe('plurals', () => {
  it('chooses English forms by count, and other without a numeric count', () => {
    const tr = createTranslator({ locale: 'en-US' });
    expect(tr.t('action.retryCountdown', { count: 1 })).toBe('Call again in 1 second');
    expect(tr.t('action.retryCountdown', { count: 0 })).toBe('Call again in 0 seconds');
    expect(tr.t('action.retryCountdown', { count: 2 })).toBe('Call again in 2 seconds');
    expect(tr.t('action.retryCountdown', { count: 1000 })).toBe('Call again in 1,000 seconds');
    expect(tr.t('action.retryCountdown')).toBe('Call again in  seconds');
  });

  it('chooses Polish one/few/many/other', () => {
    const plPL = pack('pl-PL', {
      'action.retryCountdown': {
        one: 'jedna {count}',
        few: 'kilka {count}',
        many: 'wiele {count}',
        other: 'inne {count}',
      },
    });
    const tr = createTranslator({ locale: 'pl', locales: [plPL] });
    expect(tr.t('action.retryCountdown', { count: 1 })).toBe('jedna 1');
    expect(tr.t('action.retryCountdown', { count: 2 })).toBe('kilka 2');
    expect(tr.t('action.retryCountdown', { count: 22 })).toBe('kilka 22');
    expect(tr.t('action.retryCountdown', { count: 5 })).toBe('wiele 5');
    expect(tr.t('action.retryCountdown', { count: 12 })).toBe('wiele 12');
    expect(tr.t('action.retryCountdown', { count: 1.5 })).toBe('inne 1,5');
  });

  it('chooses Arabic zero/one/two/few/many/other, and falls back to other for a missing form', () => {
    const arAE = pack('ar-AE', {
      'action.retryCountdown': {
        zero: 'zero {count}',
        one: 'one {count}',
        two: 'two {count}',
        few: 'few {count}',
        other: 'other {count}',
      },
    });
    const tr = createTranslator({ locale: 'ar-AE', locales: [arAE] });
    expect(tr.t('action.retryCountdown', { count: 0 })).toBe('zero 0');
    expect(tr.t('action.retryCountdown', { count: 1 })).toBe('one 1');
    expect(tr.t('action.retryCountdown', { count: 2 })).toBe('two 2');
    expect(tr.t('action.retryCountdown', { count: 3 })).toBe('few 3');
    // 11 is "many" in Arabic; this pack lacks it.
    expect(tr.t('action.retryCountdown', { count: 11 })).toBe('other 11');
    expect(tr.t('action.retryCountdown', { count: 100 })).toBe('other 100');
  });
});

describe('interpolation', () => {
  it('formats numbers with the locale and leaves unknown placeholders empty', () => {
    const tr = createTranslator({
      locale: 'de-DE',
      locales: [pack('de-DE', { 'action.callRedirectTarget': '{target} anrufen ({count}) {nope}.' })],
    });
    expect(tr.t('action.callRedirectTarget', { target: 'sip:a@b', count: 1234.5 })).toBe('sip:a@b anrufen (1.234,5) .');
  });

  it('inserts values as plain text: no markup, no replacement patterns, no second pass, no prototype keys', () => {
    const tr = createTranslator({
      overrides: [{ 'action.callRedirectTarget': 'Call {target}{constructor}{toString}' }],
    });
    expect(tr.t('action.callRedirectTarget', { target: '<b>$&$1{count}</b>', count: 3 })).toBe(
      'Call <b>$&$1{count}</b>',
    );
  });

  it('uses Arabic-Indic digits in ar-EG', () => {
    const tr = createTranslator({
      locale: 'ar-EG',
      locales: [pack('ar-EG', { 'action.retryCountdown': { other: 'اتصل مرة أخرى بعد {count} ثانية' } })],
    });
    expect(tr.t('action.retryCountdown', { count: 12 })).toBe('اتصل مرة أخرى بعد ١٢ ثانية');
  });
});

describe('number and duration formatting', () => {
  it('formats numbers the locale way', () => {
    expect(createTranslator({ locale: 'en-US' }).formatNumber(1234.5)).toBe('1,234.5');
    expect(createTranslator({ locale: 'de-DE', locales: [deDE] }).formatNumber(1234.5)).toBe('1.234,5');
    expect(createTranslator({ locale: 'ar-EG', locales: [pack('ar-EG', {})] }).formatNumber(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(createTranslator({ locale: 'fa-IR', locales: [pack('fa-IR', {})] }).formatNumber(7)).toBe('۷');
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    const tr = createTranslator({});
    expect(tr.formatDuration(0)).toBe('0:00');
    expect(tr.formatDuration(5)).toBe('0:05');
    expect(tr.formatDuration(65)).toBe('1:05');
    expect(tr.formatDuration(65.9)).toBe('1:05');
    expect(tr.formatDuration(599)).toBe('9:59');
    expect(tr.formatDuration(3599)).toBe('59:59');
    expect(tr.formatDuration(3600)).toBe('1:00:00');
    expect(tr.formatDuration(3661)).toBe('1:01:01');
    expect(tr.formatDuration(36_000)).toBe('10:00:00');
    expect(tr.formatDuration(3_600_000)).toBe('1000:00:00');
  });

  it('formats negative, NaN and infinite durations as 0:00', () => {
    const tr = createTranslator({});
    for (const s of [-1, -3600, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(tr.formatDuration(s)).toBe('0:00');
    }
  });

  it('uses the locale digits in durations', () => {
    const tr = createTranslator({ locale: 'ar-EG', locales: [pack('ar-EG', {})] });
    expect(tr.formatDuration(65)).toBe('١:٠٥');
    expect(tr.formatDuration(3661)).toBe('١:٠١:٠١');
    expect(tr.formatDuration(Number.NaN)).toBe('٠:٠٠');
  });
});

describe('missing-key warning', () => {
  it('warns once per key and locale, naming both', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tr = createTranslator({ locale: 'it-IT', locales: [pack('it-IT', { 'action.retry': 'Richiama' })] });
    expect(tr.t('action.dismiss')).toBe('Dismiss');
    expect(tr.t('action.dismiss')).toBe('Dismiss');
    createTranslator({ locale: 'it-IT', locales: [pack('it-IT', {})] }).t('action.dismiss');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/action\.dismiss.*it-IT/);
    tr.t('messageBack.cancel');
    createTranslator({ locale: 'it-CH', locales: [pack('it-CH', {})] }).t('action.dismiss');
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('does not warn for English or for a key an override supplies', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createTranslator({ locale: 'en-US' }).t('action.callBack');
    createTranslator({ locale: 'fi-FI', locales: [pack('fi-FI', {})], overrides: [{ 'action.callBack': 'x' }] }).t(
      'action.callBack',
    );
    createTranslator({ locale: 'fi-FI', locales: [enUSLocale] }).t('action.callBack');
    expect(warn).not.toHaveBeenCalled();
  });

  it('stays silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tr = createTranslator({ locale: 'sv-SE', locales: [pack('sv-SE', {})] });
    expect(tr.t('action.callBack')).toBe('Call back');
    expect(warn).not.toHaveBeenCalled();
  });
});
