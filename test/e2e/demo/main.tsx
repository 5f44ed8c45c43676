/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CallStatusLocale } from '../../../src/index';
import '../../../src/components/CallStatus.css';
import { createPhone, readSettings } from './phone';
import { installProbe } from './probe';
import { Softphone } from './Softphone';

// Every locale pack the kit ships (English is built in), so `?locale=` can pick any of them.
const packs = import.meta.glob<CallStatusLocale>(
  ['../../../src/i18n/locales/*.ts', '!../../../src/i18n/locales/en-US.ts'],
  { eager: true, import: 'default' },
);
const locales = Object.values(packs);

const probe = installProbe();
const settings = readSettings(location.search);
const phone = createPhone(settings, {
  onMessage: (text) => probe.messages.push(text),
  onMedia: (callId, state) => {
    probe.media[callId] = state;
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Softphone phone={phone} settings={settings} locales={locales} />
    </StrictMode>,
  );
}
