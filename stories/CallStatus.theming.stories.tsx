import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn } from 'storybook/test';
import { EndedCall, type EndedCallProps, fixtureNames } from './support/EndedCall';

/**
 * Three ways to style the kit: the default stylesheet (`sip-call-status/styles.css`) with its dark variant, its CSS
 * custom properties, or `unstyled` with your own CSS on the `data-*` attributes. The toolbar's theme applies to every story.
 */
const meta = {
  title: 'CallStatus/Theming',
  component: EndedCall,
  args: { fixture: 'outgoing/BUSY', onRetry: fn(), onMessageBack: fn(), onDismiss: fn() },
  argTypes: { fixture: { control: 'select', options: fixtureNames } },
} satisfies Meta<EndedCallProps>;

export default meta;

type Story = StoryObj<typeof meta>;

/** `data-theme="dark"` on any ancestor switches the custom properties to the dark palette. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region');
    await expect(region.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark');
    await expect(region).toHaveClass('scs-CallStatus');
  },
};

/** `unstyled` drops every class name; the `data-*` attributes stay for your own CSS. */
export const Unstyled: Story = {
  globals: { theme: 'unstyled' },
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region');
    await expect(region).not.toHaveAttribute('class');
    await expect(region).toHaveAttribute('data-severity', 'warning');
  },
};

/** Every color, radius and gap is a custom property: set them on the root with `style` (or in your CSS). */
export const CustomProperties: Story = {
  args: {
    // A whole palette, so it reads the same under the toolbar's dark theme.
    style: {
      '--scs-background': '#fbf8ff',
      '--scs-foreground': '#1f1230',
      '--scs-muted': '#4b3a5e',
      '--scs-border': '#c9b8de',
      '--scs-accent': '#6b2fa3',
      '--scs-accent-foreground': '#ffffff',
      '--scs-warning': '#6b2fa3',
      '--scs-radius': '0',
      '--scs-font': 'Georgia, serif',
    } as CSSProperties,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region').style.getPropertyValue('--scs-accent')).toBe('#6b2fa3');
  },
};

/** Your own CSS on the data attributes: `[data-phase]`, `[data-direction]`, `[data-severity]`, `[data-cause]`. */
const ownStyles = `
.my-call-status { padding: 0.75rem 1rem; border-radius: 1rem; font-family: system-ui, sans-serif; }
.my-call-status[data-severity="warning"] { background: #fff4e5; color: #4d2a00; }
.my-call-status[data-severity="error"] { background: #fdecea; color: #5f1410; }
.my-call-status[data-cause="BUSY"] > p:first-of-type::before { content: "⏳ "; }
.my-call-status button { margin-inline-end: 0.5rem; padding: 0.25rem 0.75rem; border: 1px solid currentColor;
  border-radius: 999px; background: transparent; color: inherit; font: inherit; }
.my-call-status button:disabled { opacity: 1; border-style: dashed; }
`;

/** Unstyled, with a few rules of your own keyed on the data attributes. */
export const DataAttributes: Story = {
  args: { unstyled: true, className: 'my-call-status' },
  render: (args) => (
    <>
      <style>{ownStyles}</style>
      <EndedCall {...args} />
    </>
  ),
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region');
    await expect(region).toHaveClass('my-call-status', { exact: true });
    await expect(region).toHaveAttribute('data-phase', 'ended');
    await expect(region).toHaveAttribute('data-direction', 'outgoing');
    await expect(region).toHaveAttribute('data-severity', 'warning');
    await expect(region).toHaveAttribute('data-cause', 'BUSY');
  },
};
