/** What the upcoming/past split needs of an event. */
export interface Timed {
  start: Date;
  end: Date;
}

/**
 * Upcoming events (soonest first) and past ones (latest first) at a moment.
 * An event stays upcoming until it ends, so a class in progress is still listed
 * for latecomers. The browser elements (components/campaign/EventSplit.ts, EventStatus.ts)
 * apply the same rule through hasEnded().
 */
export function splitEvents<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => !hasEnded(event.end, now)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((event) => hasEnded(event.end, now)).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

/** Whether an event ending at `end` (a Date or its ISO text) has ended at `now`; an unreadable end never has. */
export function hasEnded(end: Date | string, now: Date): boolean {
  const time = typeof end === 'string' ? Date.parse(end) : end.getTime();
  return time <= now.getTime();
}
