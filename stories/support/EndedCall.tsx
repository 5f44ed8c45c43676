import { useMemo } from 'react';
import { CallStatus, type CallStatusProps, endedTracker } from '../../src/index';
import { callEndFixtures } from '../../src/testing';
import { useUnstyled } from './storyTheme';

/** Props of {@link EndedCall}: those of `<CallStatus>`, with a fixture name instead of a session. */
export interface EndedCallProps extends Omit<CallStatusProps, 'session'> {
  /** The name of one of `callEndFixtures()`, e.g. `outgoing/BUSY`. */
  fixture: string;
  /** Replaces the fixture's `Retry-After`, in seconds. */
  retryAfter?: number | undefined;
}

/** The names of every `callEndFixtures()` entry, e.g. `outgoing/BUSY`, `incoming/CANCELED`. */
export const fixtureNames: readonly string[] = callEndFixtures().map((fixture) => fixture.name);

/** The fixture's `CallEnd`, ended now (with the `Retry-After` override), or undefined for an unknown name. */
export function fixtureEnd(name: string, retryAfter?: number) {
  const end = callEndFixtures().find((fixture) => fixture.name === name)?.end;
  return end && retryAfter !== undefined ? { ...end, retryAfter: { seconds: retryAfter } } : end;
}

/** `<CallStatus>` for a call that just ended as one of the shared fixtures: the same `CallEnd`s the kit's tests use. */
export function EndedCall({ fixture, retryAfter, unstyled, ...props }: EndedCallProps) {
  const themeUnstyled = useUnstyled();
  // Ended at mount, so a Retry-After countdown starts when the story appears.
  const tracker = useMemo(() => {
    const end = fixtureEnd(fixture, retryAfter);
    return end && endedTracker(end);
  }, [fixture, retryAfter]);
  return <CallStatus session={tracker} unstyled={unstyled ?? themeUnstyled} {...props} />;
}
