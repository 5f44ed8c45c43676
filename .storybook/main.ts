import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/** Plugins of the library build (declarations, `styles.css`, the 'use client' check): Storybook builds an app, not the package. */
const libraryPlugins = new Set(['unplugin-dts', 'sip-call-status:stylesheet', 'sip-call-status:require-use-client']);

function withoutLibraryPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Number.POSITIVE_INFINITY).filter((plugin) => {
    return !(plugin && typeof plugin === 'object' && 'name' in plugin && libraryPlugins.has(plugin.name));
  });
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: withoutLibraryPlugins(viteConfig.plugins),
    build: {
      ...viteConfig.build,
      // Storybook's own axe-core and docs chunks pass 500 kB; the kit's size budgets live in .size-limit.json.
      chunkSizeWarningLimit: 1500,
      // Storybook's docgen plugin takes most of every build; the timing warning would always fire.
      rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { bundlerTimings: false } },
    },
  }),
};

export default config;
