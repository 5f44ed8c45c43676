import { Inviter, type InviterOptions, UserAgent } from 'sip.js';
import { CallEndCause } from './causes';
import { endedTracker, type SessionTracker, type TrackSessionOptions, trackSession } from './sessionTracker';

/** What {@link makeInviter} returns: a tracked Inviter, or no Inviter and a tracker already ended with `INVALID_TARGET`. */
export type MadeInviter =
  | { readonly inviter: Inviter; readonly tracker: SessionTracker }
  | { readonly inviter: undefined; readonly tracker: SessionTracker };

/**
 * Turns what a user typed into a SIP URI: `sip:`/`sips:`/`tel:` URIs are kept, `bob@example.com` gets `sip:`, and a bare
 * user or number gets the UserAgent's own domain. Returns undefined when SIP.js cannot parse the result.
 */
export function targetURI(userAgent: UserAgent, target: string) {
  const trimmed = typeof target === 'string' ? target.trim() : '';
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^(sips?|tel):/i.test(trimmed)
    ? trimmed
    : trimmed.includes('@')
      ? `sip:${trimmed}`
      : `sip:${trimmed}@${userAgent.configuration.uri.host}`;
  return UserAgent.makeURI(withScheme);
}

/**
 * Builds and tracks an Inviter for `target`. An address SIP.js cannot parse (where `new Inviter` would throw) gives no Inviter
 * and a tracker already ended with `INVALID_TARGET`, so the UI can explain it like any other failure.
 */
export function makeInviter(
  userAgent: UserAgent,
  target: string,
  inviterOptions?: InviterOptions,
  trackOptions?: TrackSessionOptions,
): MadeInviter {
  const uri = targetURI(userAgent, target);
  if (uri) {
    try {
      const inviter = new Inviter(userAgent, uri, inviterOptions);
      return { inviter, tracker: trackSession(inviter, trackOptions) };
    } catch {
      // Falls through: SIP.js refused the URI.
    }
  }
  const endedAt = (trackOptions?.now ?? Date.now)();
  return {
    inviter: undefined,
    tracker: endedTracker({
      cause: CallEndCause.INVALID_TARGET,
      originator: 'local',
      direction: 'outgoing',
      reasons: [],
      redirectTargets: [],
      endedAt,
    }),
  };
}
