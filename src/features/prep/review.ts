/**
 * Review interval of 備えの点検. Beyond the guide (it sets no interval): this app's suggestion,
 * and the screen says so (prep-check's reviewAdvice).
 */
export const REVIEW = { months: 6, asOf: '2026-12-01' } as const;

/** True when the check was done and is older than the review interval. Pure. */
export function reviewDue(reviewedAt: string | undefined, now: Date): boolean {
  if (!reviewedAt) return false;
  const due = new Date(reviewedAt);
  due.setMonth(due.getMonth() + REVIEW.months);
  return now.getTime() >= due.getTime();
}
