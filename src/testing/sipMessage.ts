/** One SIP request or response as text plus the few parsed fields the sandbox needs. */
export interface SipMessage {
  /** The whole message text, exactly as sent. */
  readonly raw: string;
  /** Request method; for a response, the method from its CSeq. */
  readonly method: string;
  /** Request-URI; empty for a response. */
  readonly uri: string;
  /** Status code of a response; 0 for a request. */
  readonly status: number;
  /** Reason phrase of a response; empty for a request. */
  readonly reason: string;
  /** Message body (empty string when none). */
  readonly body: string;
  /** First value of a header field, by case-insensitive name. */
  header(name: string): string | undefined;
  /** Every value of a header field, in order, by case-insensitive name. */
  headers(name: string): string[];
}

/** Parses SIP text into a `SipMessage`; returns `undefined` for anything that is not a SIP start line. Never throws. */
export function parseSipMessage(raw: string): SipMessage | undefined {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const [startLine = '', ...lines] = head.split('\r\n');
  const response = /^SIP\/2\.0 (\d{3}) ?(.*)$/.exec(startLine);
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(startLine);
  if (!response && !request) return undefined;
  const fields = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of lines) {
    // Folded continuation lines belong to the previous header field.
    if (/^[ \t]/.test(line) && last) {
      last[last.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    last = fields.get(name) ?? [];
    fields.set(name, last);
    last.push(line.slice(colon + 1).trim());
  }
  const headers = (name: string) => fields.get(name.toLowerCase()) ?? [];
  return {
    raw,
    method: request?.[1] ?? headers('cseq')[0]?.split(/\s+/)[1] ?? '',
    uri: request?.[2] ?? '',
    status: Number(response?.[1] ?? 0),
    reason: response?.[2] ?? '',
    body,
    header: (name) => headers(name)[0],
    headers,
  };
}

/** Builds SIP text from a start line, header lines and a body, adding Content-Length (in UTF-8 bytes). */
export function formatSipMessage(
  startLine: string,
  headers: readonly string[],
  body = '',
  contentType = 'application/sdp',
): string {
  const lines = [startLine, ...headers];
  if (body) lines.push(`Content-Type: ${contentType}`);
  lines.push(`Content-Length: ${new TextEncoder().encode(body).length}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The URI inside a name-addr (`"Bob" <sip:bob@x>;tag=1` → `sip:bob@x`) or before its parameters. */
export function uriOf(nameAddr: string): string {
  return /<([^>]*)>/.exec(nameAddr)?.[1] ?? nameAddr.split(';')[0]?.trim() ?? '';
}

/** The user part of a SIP URI or name-addr (`sip:busy@sandbox` → `busy`), or '' when it has none. */
export function userOf(uriOrNameAddr: string): string {
  return /^sips?:([^@;>]+)@/.exec(uriOf(uriOrNameAddr))?.[1] ?? '';
}

/** The `tag` parameter of a From/To header value, if any. */
export function tagOf(nameAddr: string): string | undefined {
  return /;\s*tag=([^;\s]+)/i.exec(nameAddr.slice(nameAddr.lastIndexOf('>') + 1))?.[1];
}

/** Standard reason phrases for the status codes the sandbox uses. */
export const reasonPhrases: Readonly<Record<number, string>> = {
  100: 'Trying',
  180: 'Ringing',
  181: 'Call Is Being Forwarded',
  182: 'Queued',
  183: 'Session Progress',
  200: 'OK',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Moved Temporarily',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  410: 'Gone',
  430: 'Flow Failed',
  480: 'Temporarily Unavailable',
  481: 'Call/Transaction Does Not Exist',
  484: 'Address Incomplete',
  486: 'Busy Here',
  487: 'Request Terminated',
  488: 'Not Acceptable Here',
  500: 'Server Internal Error',
  503: 'Service Unavailable',
  504: 'Server Time-out',
  600: 'Busy Everywhere',
  603: 'Decline',
  604: 'Does Not Exist Anywhere',
  606: 'Not Acceptable',
  607: 'Unwanted',
  608: 'Rejected',
};
