/**
 * How often polled data is asked again, named once for every resource that polls (issue 11):
 * servers (their collection and one instance's details), volumes and snapshots. Rate limiting
 * stretches either one (src/api/back-off.ts, pollIntervalAfter).
 */

/** While something changes (a transitional status, a task), it is followed closely. */
export const BUSY_REFRESH_MS = 2_500;
/** When all is settled, about once a minute (where a resource polls when settled at all). */
export const SETTLED_REFRESH_MS = 60_000;
