import type { CallEnd } from '../core/callEnd';
import { CallEndCause, causeFromStatusCode, statusCodeCauses } from '../core/causes';
import type { MessageKey } from './types';

type IdOf<K> = K extends `end.${infer Id}.title` ? Id : never;

/** The id of an `end.<id>.title` / `end.<id>.description` message pair, e.g. `'BUSY'` or `'MISSED'`. */
export type EndMessageId = IdOf<MessageKey>;

type CauseKey = keyof typeof CallEndCause;

/** Status codes whose own message says more than the cause the seed gives them. */
const statusIds: Readonly<Record<number, EndMessageId>> = { 403: 'FORBIDDEN', 607: 'UNWANTED', 608: 'BLOCKED' };

/** Chooses the message pair that tells the user why this call ended. */
export function endMessageId(end: CallEnd): EndMessageId {
  const { cause, statusCode: code } = end;
  if (end.unknown) return 'UNKNOWN';
  const incoming = end.direction === 'incoming';
  switch (cause) {
    case CallEndCause.BYE:
      return end.originator === 'remote' ? 'BYE_REMOTE' : 'BYE';
    case CallEndCause.CANCELED:
    case CallEndCause.NO_ANSWER:
    case CallEndCause.EXPIRES:
      if (incoming) return 'MISSED';
      break;
    case CallEndCause.BUSY:
    case CallEndCause.REJECTED:
    case CallEndCause.UNAVAILABLE:
    case CallEndCause.SIP_FAILURE_CODE:
      // Our own rejection of an incoming call, whatever status we sent.
      if (incoming && end.originator === 'local') return 'DECLINED_LOCAL';
      break;
    case CallEndCause.INVALID_TARGET:
    case CallEndCause.CONNECTION_ERROR:
    case CallEndCause.REQUEST_TIMEOUT:
    case CallEndCause.REDIRECTED:
    case CallEndCause.NOT_FOUND:
    case CallEndCause.ADDRESS_INCOMPLETE:
    case CallEndCause.INCOMPATIBLE_SDP:
    case CallEndCause.AUTHENTICATION_ERROR:
    case CallEndCause.NO_ACK:
    case CallEndCause.NO_PRACK:
    case CallEndCause.USER_DENIED_MEDIA_ACCESS:
    case CallEndCause.WEBRTC_NOT_SUPPORTED:
    case CallEndCause.RTP_TIMEOUT:
    case CallEndCause.BAD_MEDIA_DESCRIPTION:
    case CallEndCause.DIALOG_ERROR:
    case CallEndCause.COMPLETED_ELSEWHERE:
      break;
    default:
      cause satisfies never;
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
