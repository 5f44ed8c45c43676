import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/** Drops the declaration-file plugin of the library build: Storybook builds an app, not the package. */
function withoutDts(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Number.POSITIVE_INFINITY).filter((plugin) => {
    return !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'unplugin-dts');
  });
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: withoutDts(viteConfig.plugins),
    // Storybook's own axe-core and docs chunks pass 500 kB; the kit's size budgets live in .size-limit.json.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
