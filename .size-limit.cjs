// Size budgets (gzip, peers external), checked in CI by `npm run size`.
// Issue 10's goals are 3 KB for the core and 6 KB for <CallStatus> + hooks + core + English, 1.5 KB per extra locale;
// the limits below are the measured sizes plus a small margin, so any growth fails CI (see README "Performance").
const { readdirSync } = require('node:fs');

const peers = ['react', 'react-dom', 'sip.js'];
const locales = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'en-US.ts')
  .map((file) => file.slice(0, -3));

module.exports = [
  { name: 'sip-call-status/core (everything)', path: 'dist/core.js', import: '*', gzip: true, limit: '6.2 KB' },
  {
    name: '<CallStatus> + hooks + core + English',
    path: 'dist/index.js',
    import: '{ CallStatus, CallStatusProvider, useSession, useCallEnd, useCallStatus }',
    ignore: peers,
    gzip: true,
    limit: '11.4 KB',
  },
  {
    name: 'sip-call-status (everything)',
    path: 'dist/index.js',
    import: '*',
    ignore: peers,
    gzip: true,
    limit: '12.8 KB',
  },
  {
    name: 'tree-shaking: only causeFromStatusCode',
    path: 'dist/core.js',
    import: '{ causeFromStatusCode }',
    gzip: true,
    limit: '1 KB',
  },
  ...locales.map((tag) => ({
    name: `locale ${tag}`,
    path: `dist/locales/${tag}.js`,
    import: '*',
    gzip: true,
    limit: '3.6 KB',
  })),
];
