/// <reference types="vite/client" />
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallDirection, CallEndOriginator } from '../../src/core/callEnd';
import { allCallEndCauses } from '../../src/core/causes';
import { endMessageKeys } from '../../src/i18n/endMessage';
import { enUS } from '../../src/i18n/locales/en-US';
import { supportedLocaleTags } from '../../src/i18n/localeTags';
import { createTranslator } from '../../src/i18n/translator';
import type { CallStatusLocale, MessageKey } from '../../src/i18n/types';

/** Every locale file, picked up as soon as a translator adds it. */
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*.ts', { eager: true });
const files = Object.entries(modules).map(([path, mod]) => ({ tag: path.replace(/^.*\/|\.ts$/g, ''), mod }));

/**
 * English values a locale may keep unchanged because its language writes them the same way.
 * Keep this tiny: anything else identical to English is an untranslated string.
 */
const sameAsEnglish: Readonly<Partial<Record<MessageKey, readonly string[]>>> = {
  'details.summary': ['de-DE', 'nl-NL'], // "Details"
  'messageBack.label': ['fr-FR', 'fr-CA'], // "Message"
};

const keys = Object.keys(enUS) as MessageKey[];
const directions: readonly CallDirection[] = ['outgoing', 'incoming'];
const originators: readonly CallEndOriginator[] = ['local', 'remote', 'system'];
const sample = { count: 3, target: 'sip:bob@example.com', elapsed: '0:07', duration: '1:05' };

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** The forms of a message: the string itself, or each plural form keyed by category. */
const forms = (value: unknown): [string, unknown][] =>
  typeof value === 'object' && value !== null ? Object.entries(value) : [['', value]];
const englishPlaceholders = (key: MessageKey) => [
  ...new Set(forms(enUS[key]).flatMap(([, f]) => placeholders(String(f)))),
];

function isPack(value: unknown): value is CallStatusLocale {
  return typeof value === 'object' && value !== null && 'tag' in value && 'messages' in value;
}

afterEach(() => {
  vi.restoreAllMocks();
});

it('finds the locale files (en-US at least)', () => {
  expect(files.map((f) => f.tag)).toContain('en-US');
});

it('keeps the allow-list of English-identical values to real keys and shipped locales', () => {
  for (const [key, tags] of Object.entries(sameAsEnglish)) {
    expect(keys).toContain(key);
    for (const tag of tags ?? []) expect(supportedLocaleTags).toContain(tag);
  }
});

it('lists the 42 shipped tags once each', () => {
  expect(supportedLocaleTags).toHaveLength(42);
  expect(new Set(supportedLocaleTags).size).toBe(42);
});

// Expected to fail until every translator has delivered.
it('has a locale file for each of the 42 shipped tags', () => {
  const present = new Set(files.map((f) => f.tag));
  expect(supportedLocaleTags.filter((tag) => !present.has(tag))).toEqual([]);
});

for (const { tag, mod } of files) {
  describe(`locale ${tag}`, () => {
    const pack = Object.entries(mod).find(
      ([name, value]) => name !== 'default' && isPack(value) && value.tag === tag,
    )?.[1];
    const messages = (isPack(pack) ? pack.messages : {}) as Record<string, unknown>;

    it('exports a pack whose tag is the file name, also as the default export', () => {
      expect(isPack(pack)).toBe(true);
      expect(supportedLocaleTags).toContain(tag);
      // en-US is built into the main entry, not shipped as `locales/en-US`: a default export is optional there.
      if (tag !== 'en-US' || 'default' in mod) expect(mod.default).toBe(pack);
      if (tag === 'en-US') expect(messages).toBe(enUS);
    });

    it('has every English key and no other', () => {
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    });

    it('uses the placeholders and plural categories English and the language need', () => {
      const categories = [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
      const problems: string[] = [];
      for (const key of keys) {
        const value = messages[key];
        const english = englishPlaceholders(key);
        if (typeof enUS[key] === 'string') {
          if (typeof value !== 'string') problems.push(`${key}: not a string`);
          else if (placeholders(value).join() !== english.sort().join()) problems.push(`${key}: placeholders differ`);
          continue;
        }
        if (typeof value !== 'object' || value === null) {
          problems.push(`${key}: not a plural message`);
          continue;
        }
        const own = Object.keys(value).sort();
        if (own.join() !== categories.join()) problems.push(`${key}: categories ${own} instead of ${categories}`);
        const other = 'other' in value ? String(value.other) : '';
        for (const name of english)
          if (!placeholders(other).includes(name)) problems.push(`${key}.other: lacks {${name}}`);
        for (const [category, form] of forms(value)) {
          if (typeof form !== 'string') problems.push(`${key}.${category}: not a string`);
          for (const name of placeholders(String(form))) {
            if (!english.includes(name)) problems.push(`${key}.${category}: unknown {${name}}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('has no empty values and no leading or trailing whitespace', () => {
      const problems: string[] = [];
      for (const key of keys) {
        for (const [category, form] of forms(messages[key])) {
          if (typeof form !== 'string' || form === '' || form.trim() !== form)
            problems.push(`${key} ${category}`.trim());
        }
      }
      expect(problems).toEqual([]);
    });

    if (tag === 'en-GB') {
      it('differs from US English where British spelling does', () => {
        const differing = keys.filter((key) => JSON.stringify(messages[key]) !== JSON.stringify(enUS[key]));
        expect(differing.length).toBeGreaterThanOrEqual(2);
        expect(messages['end.CANCELED.description']).toMatch(/cancelled/);
      });
    } else if (tag !== 'en-US') {
      it('translates every value (except the tiny allow-list)', () => {
        const untranslated: string[] = [];
        for (const key of keys) {
          if (sameAsEnglish[key]?.includes(tag)) continue;
          const english = new Map(forms(enUS[key]));
          for (const [category, form] of forms(messages[key])) {
            if (english.get(category) === form) untranslated.push(`${key} ${category}`.trim());
          }
        }
        expect(untranslated).toEqual([]);
      });
    }

    it('formats every key into its own text, without falling back or throwing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const tr = createTranslator({ locale: tag, locales: isPack(pack) ? [pack] : [] });
      expect(tr.locale).toBe(tag);
      for (const key of keys) {
        const counts = typeof enUS[key] === 'string' ? [3] : [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1.5, 1_000_000];
        for (const count of counts) {
          const text = tr.t(key, { ...sample, count });
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/\{\w+\}/);
        }
        const value = messages[key];
        if (typeof value === 'string' && placeholders(value).length === 0) expect(tr.t(key)).toBe(value);
      }
      expect(tr.formatDuration(3661)).not.toBe('');
      expect(warn).not.toHaveBeenCalled();
    });

    it('words the end of every call in this locale', () => {
      const tr = createTranslator({ locale: tag, locales: isPack(pack) ? [pack] : [] });
      for (const cause of allCallEndCauses) {
        for (const direction of directions) {
          for (const originator of originators) {
            const { title, description } = endMessageKeys({
              cause,
              direction,
              originator,
              reasons: [],
              redirectTargets: [],
              endedAt: 0,
            });
            expect(tr.t(title)).toBe(messages[title]);
            expect(tr.t(description)).toBe(messages[description]);
          }
        }
      }
    });
  });
}
