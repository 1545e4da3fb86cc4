/** What the upcoming/past split needs of an event. */
export interface Timed {
  start: Date;
  end: Date;
}

/**
 * Upcoming events (soonest first) and past ones (latest first) at a moment.
 * An event stays upcoming until it ends, so a class in progress is still listed
 * for latecomers. The browser script (scripts/event-split.ts) applies the same rule.
 */
export function splitEvents<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => event.end > now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((event) => event.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}
