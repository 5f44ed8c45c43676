import type { CallEnd } from '../core/callEnd';
import { CallEndCause, causeFromStatusCode, statusCodeCauses } from '../core/causes';
import type { MessageKey } from './types';

type IdOf<K> = K extends `end.${infer Id}.title` ? Id : never;

/** The id of an `end.<id>.title` / `end.<id>.description` message pair, e.g. `'BUSY'` or `'MISSED'`. */
export type EndMessageId = IdOf<MessageKey>;

type CauseKey = keyof typeof CallEndCause;

/** Status codes whose own message says more than the cause the seed gives them. */
const statusIds: Readonly<Record<number, EndMessageId>> = { 403: 'FORBIDDEN', 607: 'UNWANTED', 608: 'BLOCKED' };

/** Causes that an incoming call reports as missed. */
const missed: readonly CallEndCause[] = [CallEndCause.CANCELED, CallEndCause.NO_ANSWER, CallEndCause.EXPIRES];
/** Causes that an incoming call we rejected ourselves reports as declined, whatever status we sent. */
const declined: readonly CallEndCause[] = [
  CallEndCause.BUSY,
  CallEndCause.REJECTED,
  CallEndCause.UNAVAILABLE,
  CallEndCause.SIP_FAILURE_CODE,
];

/** Chooses the message pair that tells the user why this call ended. */
export function endMessageId(end: CallEnd): EndMessageId {
  const { cause, statusCode: code } = end;
  if (end.unknown) return 'UNKNOWN';
  if (cause === CallEndCause.BYE) return end.originator === 'remote' ? 'BYE_REMOTE' : 'BYE';
  if (end.direction === 'incoming') {
    if (missed.includes(cause)) return 'MISSED';
    if (end.originator === 'local' && declined.includes(cause)) return 'DECLINED_LOCAL';
  }
  // A status code refines only the cause it produced: a 403 the tracker read as AUTHENTICATION_ERROR stays that.
  if (code !== undefined && causeFromStatusCode(code) === cause && Number.isInteger(code)) {
    const id = statusIds[code];
    if (id) return id;
    if (code >= 500 && code < 600 && !end.internal && !statusCodeCauses[code]) return 'SERVER_ERROR';
  }
  // Every cause key names a message pair, or this return fails to compile.
  const key: EndMessageId | undefined = (Object.keys(CallEndCause) as CauseKey[]).find(
    (k) => CallEndCause[k] === cause,
  );
  return key ?? 'UNKNOWN';
}

/** The title and description keys of the message pair `endMessageId` chooses. */
export function endMessageKeys(end: CallEnd): { title: MessageKey; description: MessageKey } {
  const id = endMessageId(end);
  return { title: `end.${id}.title`, description: `end.${id}.description` };
}
