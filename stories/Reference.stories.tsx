import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { allCallEndCauses, statusCodeCauses, supportedLocaleTags } from '../src/index';
import { FollowUpTable, StatusCodeTable, unlistedStatusCodes } from './support/CauseTables';
import { LocaleTable } from './support/LocaleTable';
import { ThemeTokens } from './support/ThemeTokens';

/** The tables the docs pages show, generated from the kit's own data, as stories so they are rendered and checked too. */
const meta = {
  title: 'Reference',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;

type Story = StoryObj<typeof meta>;

/** A table's body rows, each as its cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

/** Seed status codes → cause → title → actions. */
export const StatusCodes: Story = {
  render: () => <StatusCodeTable />,
  play: async ({ canvas }) => {
    const rows = rowsOf(canvas.getByRole('table', { name: 'Status codes' }));
    await expect(rows).toHaveLength(Object.keys(statusCodeCauses).length + unlistedStatusCodes.length);
    const row = (code: number) => rows.find(([status]) => status === String(code)) ?? [];
    await expect(row(486).slice(1, 3)).toEqual(['BUSY', 'Line busy']);
    await expect(row(486)[3]).toMatch(/^retry “Call again”, messageBack “Send a message” \(Retry-After/);
    // 403 is REJECTED in the seed, but retrying or messaging would not help: no actions.
    await expect(row(403).slice(1)).toEqual(['REJECTED', 'Call not allowed', 'none', 'error']);
    await expect(row(599)[1]).toBe('SIP_FAILURE_CODE (not in the seed table)');
  },
};

/** Every cause with its outgoing and incoming actions. */
export const Causes: Story = {
  render: () => <FollowUpTable />,
  play: async ({ canvas }) => {
    const rows = rowsOf(canvas.getByRole('table', { name: 'Causes' }));
    await expect(rows).toHaveLength(allCallEndCauses.length);
    await expect(rows.find(([cause]) => cause === 'AUTHENTICATION_ERROR')?.[1]).toBe(
      'authenticate “Enter credentials”',
    );
  },
};

/** Every shipped locale. */
export const Locales: Story = {
  render: () => <LocaleTable />,
  play: async ({ canvas }) => {
    const rows = rowsOf(canvas.getByRole('table', { name: 'Locales' }));
    await expect(rows.map(([tag]) => tag)).toEqual([...supportedLocaleTags]);
    await expect(rows.filter((row) => row[3] === 'rtl').map(([tag]) => tag)).toEqual(['ar-AE', 'fa-IR', 'he-IL']);
  },
};

/** The stylesheet's custom properties, default and dark. */
export const CustomProperties: Story = {
  render: () => <ThemeTokens />,
  play: async ({ canvas }) => {
    const rows = rowsOf(canvas.getByRole('table', { name: 'Custom properties' }));
    await expect(rows.map(([name]) => name)).toEqual(expect.arrayContaining(['--scs-background', '--scs-accent']));
    await expect(rows.every(([name, value]) => name?.startsWith('--scs-') && value !== '')).toBe(true);
  },
};
