import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

/** A stand-in that proves the Storybook and story-test setup works before the kit has components. */
function Placeholder({ label }: { label: string }) {
  return <p>{label}</p>;
}

const meta = {
  title: 'Setup/Placeholder',
  component: Placeholder,
  args: { label: 'Storybook is ready' },
} satisfies Meta<typeof Placeholder>;

export default meta;

type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Storybook is ready')).toBeVisible();
  },
};
