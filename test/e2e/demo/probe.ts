/** Timings of one call, in epoch milliseconds with sub-millisecond precision. */
export interface CallTimings {
  /** The last final (3xx–6xx) INVITE response that reached the page's WebSocket before the end showed. */
  received?: number;
  /** Its status code. */
  status?: number;
  /** When `<CallStatus>` showed `data-phase="ended"` in the DOM (MutationObserver). */
  inDom?: number;
  /** The animation frame after that: the frame that paints the message. */
  painted?: number;
}

/** What the demo exposes on `window.e2e` for the end-to-end tests. */
export interface E2EProbe {
  /** Texts of the SIP MESSAGEs this page received, oldest first. */
  messages: string[];
  /** Timings per SIP Call-ID. */
  timings: Record<string, CallTimings>;
  /** The WebRTC peer connection's state per SIP Call-ID, once the call is established. */
  media: Record<string, RTCPeerConnectionState>;
  /** The Reason header of every CANCEL this page received ('' for none), as sent by the proxy. */
  cancelReasons: string[];
}

declare global {
  interface Window {
    e2e: E2EProbe;
  }
}

// The same clock as Kamailio's log (wall clock), with performance.now()'s precision.
const now = () => performance.timeOrigin + performance.now();

/**
 * Installs the probe: a WebSocket that notes when final INVITE responses arrive (before SIP.js sees them: our listener is
 * added first), and a MutationObserver that notes when a call's status turns `ended` on the page. Call before SIP.js starts.
 */
export function installProbe(): E2EProbe {
  const probe: E2EProbe = { messages: [], timings: {}, media: {}, cancelReasons: [] };
  window.e2e = probe;
  const timingsOf = (callId: string) => {
    probe.timings[callId] ??= {};
    return probe.timings[callId];
  };

  const Native = window.WebSocket;
  class ProbedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        const at = now();
        if (typeof event.data !== 'string') return;
        if (event.data.startsWith('CANCEL ')) {
          probe.cancelReasons.push(/^Reason\s*:\s*(.*?)\s*$/im.exec(event.data)?.[1] ?? '');
        }
        const status = /^SIP\/2\.0 ([3-6]\d\d) /.exec(event.data)?.[1];
        if (!status || !/^CSeq:\s*\d+\s+INVITE\s*$/im.test(event.data)) return;
        const callId = /^(?:Call-ID|i)\s*:\s*(\S+)/im.exec(event.data)?.[1];
        if (!callId) return;
        const timings = timingsOf(callId);
        // Auth challenges come twice on one Call-ID: keep the last response before the end showed.
        if (timings.inDom === undefined) Object.assign(timings, { received: at, status: Number(status) });
      });
    }
  }
  window.WebSocket = ProbedWebSocket;

  new MutationObserver(() => {
    for (const section of document.querySelectorAll<HTMLElement>('[data-call-id] > section[data-phase="ended"]')) {
      const callId = section.parentElement?.dataset.callId;
      if (!callId) continue;
      const timings = timingsOf(callId);
      if (timings.inDom !== undefined) continue;
      timings.inDom = now();
      requestAnimationFrame(() => {
        timings.painted = now();
      });
    }
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-phase'],
  });
  return probe;
}
