import { type Core, Inviter, SessionState, UserAgent } from 'sip.js';

type Kind = 'trying' | 'progress' | 'accept' | 'redirect' | 'reject';

/** An outgoing call with every requestDelegate call and session state recorded, and promises to await them. */
export interface Dialed {
  inviter: Inviter;
  /** Session states in order, starting after Initial. */
  states: SessionState[];
  /** Delegate calls in order, e.g. `progress 180`, `reject 486`. */
  events: string[];
  /** Settles like `inviter.invite()`. */
  invited: Promise<unknown>;
  /** Resolves with the message of the first delegate call of that kind. */
  next(kind: Kind): Promise<Core.IncomingResponseMessage>;
  /** Resolves once the session is Terminated. */
  terminated: Promise<void>;
}

/** Calls `sip:<user>@sandbox` from the UserAgent with a recording requestDelegate. */
export function dial(userAgent: UserAgent, user: string): Dialed {
  const target = UserAgent.makeURI(`sip:${user}@sandbox`);
  if (!target) throw new Error(`bad user ${user}`);
  const inviter = new Inviter(userAgent, target);
  const states: SessionState[] = [];
  const events: string[] = [];
  const waiting = new Map<Kind, (message: Core.IncomingResponseMessage) => void>();
  const seen = new Map<Kind, Core.IncomingResponseMessage>();
  const record = (kind: Kind) => (response: Core.IncomingResponse) => {
    events.push(`${kind} ${response.message.statusCode}`);
    if (seen.has(kind)) return;
    seen.set(kind, response.message);
    waiting.get(kind)?.(response.message);
  };
  let terminate = () => {};
  const terminated = new Promise<void>((resolve) => {
    terminate = resolve;
  });
  inviter.stateChange.addListener((state) => {
    states.push(state);
    if (state === SessionState.Terminated) terminate();
  });
  const invited = inviter.invite({
    requestDelegate: {
      onTrying: record('trying'),
      onProgress: record('progress'),
      onAccept: record('accept'),
      onRedirect: record('redirect'),
      onReject: record('reject'),
    },
  });
  invited.catch(() => {});
  const next = (kind: Kind) =>
    new Promise<Core.IncomingResponseMessage>((resolve) => {
      const already = seen.get(kind);
      if (already) resolve(already);
      else waiting.set(kind, resolve);
    });
  return { inviter, states, events, invited, next, terminated };
}
