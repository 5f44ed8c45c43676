import { createContext, useContext } from 'react';

/** The themes of the Storybook toolbar. */
export type StoryTheme = 'default' | 'dark' | 'unstyled';

/** Every toolbar theme, in toolbar order. */
export const storyThemes: readonly StoryTheme[] = ['default', 'dark', 'unstyled'];

/** The toolbar's theme, provided by the preview decorator to the stories' own components. */
export const StoryThemeContext = createContext<StoryTheme>('default');

/** Whether the toolbar asks for the kit's unstyled mode (`<CallStatus unstyled>`). */
export function useUnstyled(): boolean {
  return useContext(StoryThemeContext) === 'unstyled';
}
