// Size budgets (gzip, peers external), checked in CI by `npm run size`.
// Issue 10's goals are 3 KB for the core and 6 KB for <CallStatus> + hooks + core + English, 1.5 KB per extra locale;
// the limits below are the measured sizes plus a small margin, so any growth fails CI (see README "Performance").
const { readdirSync } = require('node:fs');

const peers = ['react', 'react-dom', 'sip.js'];
// Vite, Rollup, webpack (Terser) and Rspack all emit UTF-8; esbuild alone escapes non-ASCII text (`\u0416`) unless told otherwise,
// which would count a Cyrillic or Greek locale about 40 % heavier than it ships in an app.
const utf8 = (config) => ({ ...config, charset: 'utf8' });
const locales = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'en-US.ts')
  .map((file) => file.slice(0, -3));

module.exports = [
  {
    name: 'sip-call-status/core (everything)',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: '6.0 KB',
  },
  {
    name: '<CallStatus> + hooks + core + English',
    path: 'dist/index.js',
    import: '{ CallStatus, CallStatusProvider, useSession, useCallEnd, useCallStatus }',
    ignore: peers,
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: '11.4 KB',
  },
  {
    name: 'sip-call-status (everything)',
    path: 'dist/index.js',
    import: '*',
    ignore: peers,
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: '12.8 KB',
  },
  {
    name: 'tree-shaking: only causeFromStatusCode',
    path: 'dist/core.js',
    import: '{ causeFromStatusCode }',
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: '1 KB',
  },
  ...locales.map((tag) => ({
    name: `locale ${tag}`,
    path: `dist/locales/${tag}.js`,
    import: '*',
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: '3.6 KB',
  })),
];
