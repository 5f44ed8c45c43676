/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { describe, expect, it, vi } from 'vitest';
import { localePacks } from '../../.storybook/localePacks';
import preview from '../../.storybook/preview';
import { supportedLocaleTags } from '../../src/index';
import { callEndFixtures } from '../../src/testing';
import * as causes from '../../stories/CallStatus.causes.stories';

// Vitest turns CSS into empty modules, `?raw` ones too; the theming docs read the real stylesheet's custom properties.
vi.mock('../../src/components/CallStatus.css?raw', async () => {
  const { readFileSync } = await import('node:fs');
  return { default: readFileSync(`${process.cwd()}/src/components/CallStatus.css`, 'utf8') };
});

// The preview's decorators, globals and parameters, as in Storybook; the a11y addon is left out (axe runs in Chromium).
setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = { run: (context?: { globals: Record<string, string> }) => Promise<void> };

/** Every stories file, so a new one is part of `npm test` without being listed here. */
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module) as Record<string, ComposedStory>);

  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories)('%s renders and passes its play function', async (_name, story) => {
    await story.run();
  });
});

// The plays read the toolbar's locale: the same checks hold right to left, with French no-break spaces, and in Japanese.
describe.each(['ar-AE', 'fr-FR', 'ja-JP'])('cause stories with the toolbar on %s', (locale) => {
  const stories = Object.entries(composeStories(causes) as Record<string, ComposedStory>);
  it.each(stories)('%s passes its play function', async (_name, story) => {
    await story.run({ globals: { locale, theme: 'default' } });
  });
});

describe('story coverage', () => {
  it('has one cause story per shared CallEnd fixture, named after it and rendering it', () => {
    const named = Object.values(causes).flatMap((story) =>
      'name' in story && story.name === story.args?.fixture ? [story.name] : [],
    );
    expect(named).toEqual(callEndFixtures().map((fixture) => fixture.name));
  });

  it('offers every shipped locale in the toolbar', () => {
    expect(localePacks.map((pack) => pack.tag)).toEqual([...supportedLocaleTags]);
  });
});
