import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallStatus } from '../../src/components/CallStatus';
import { endedTracker } from '../../src/core/sessionTracker';
import { enUS } from '../../src/i18n/locales/en-US';
import type { MessageKey, MessageOverrides, MessageValues } from '../../src/i18n/types';
import { CallStatusProvider } from '../../src/react/CallStatusProvider';
import { callEndFixtures } from '../../src/testing';

/** A stand-in for an app's i18next/react-intl instance: a catalog, `exists` and `t` with `{{name}}` interpolation. */
const appI18n = {
  catalog: {
    'callStatus.end.BUSY.title': 'Engaged',
    'callStatus.action.retryCountdown_one': 'Try again in {{count}} second',
    'callStatus.action.retryCountdown_other': 'Try again in {{count}} seconds',
  } as Record<string, string>,
  exists(key: string) {
    return key in this.catalog || `${key}_other` in this.catalog;
  },
  t(key: string, values: MessageValues = {}) {
    const plural = typeof values.count === 'number' ? `${key}_${values.count === 1 ? 'one' : 'other'}` : key;
    const template = this.catalog[plural] ?? this.catalog[key] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  },
};

/** The README recipe: feed the kit from the app's own catalog, key by key, falling back to the kit's text. */
function messagesFromAppCatalog(): MessageOverrides {
  const overrides: MessageOverrides = {};
  for (const key of Object.keys(enUS) as MessageKey[]) {
    const appKey = `callStatus.${key}`;
    if (appI18n.exists(appKey)) overrides[key] = (values) => appI18n.t(appKey, values);
  }
  return overrides;
}

describe('feeding the kit from an app’s own i18n catalog (README recipe)', () => {
  it('uses the app’s strings where it has them and the kit’s elsewhere', () => {
    const busy = callEndFixtures().find((fixture) => fixture.name === 'outgoing/BUSY');
    if (!busy) throw new Error('fixture');
    render(
      <CallStatusProvider messages={{ '*': messagesFromAppCatalog() }}>
        <CallStatus session={endedTracker({ ...busy.end, endedAt: Date.now() })} onRetry={() => {}} />
      </CallStatusProvider>,
    );
    expect(screen.getByText('Engaged')).toBeInTheDocument();
    expect(screen.getByText(enUS['end.BUSY.description'])).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Try again in (30|29) seconds$/ })).toBeDisabled();
  });
});
