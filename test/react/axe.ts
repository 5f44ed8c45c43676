import { expect } from 'vitest';
import { axe } from 'vitest-axe';

/** Runs axe on a rendered container and fails with the list of violations. Contrast needs a real browser (stories). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
