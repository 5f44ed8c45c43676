import { useSyncExternalStore } from 'react';
import type { UserAgent } from 'sip.js';
import { type CallHistoryEntry, trackUserAgent, type UserAgentSnapshot } from '../core/userAgentTracker';
import { noSubscribe, nothing } from './useSession';

const noHistory: readonly CallHistoryEntry[] = [];
const emptyHistory = () => noHistory;

/** The UserAgent's connection state and live call count, or undefined without a UserAgent. */
export function useUserAgentStatus(userAgent: UserAgent | undefined): UserAgentSnapshot | undefined {
  const tracker = userAgent ? trackUserAgent(userAgent) : undefined;
  const getSnapshot = tracker ? tracker.getSnapshot : nothing;
  return useSyncExternalStore(tracker ? tracker.subscribe : noSubscribe, getSnapshot, getSnapshot);
}

/** The UserAgent's most recent ended calls, newest first (empty without a UserAgent). */
export function useCallHistory(userAgent: UserAgent | undefined): readonly CallHistoryEntry[] {
  const tracker = userAgent ? trackUserAgent(userAgent) : undefined;
  const getHistory = tracker ? tracker.getHistory : emptyHistory;
  return useSyncExternalStore(tracker ? tracker.subscribeHistory : noSubscribe, getHistory, getHistory);
}
