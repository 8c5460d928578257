/** From this share of the quota on, the app warns that storage is nearly full. */
export const QUOTA_WARN_RATIO = 0.8;

/** The share of the quota in use (0–1), or null when the browser does not say. */
export function quotaShare(usage: number | null, quota: number | null): number | null {
  return usage === null || !quota ? null : usage / quota;
}

/** Whether usage is near enough to the quota to warn (QUOTA_WARN_RATIO or more). */
export const nearQuota = (usage: number | null, quota: number | null): boolean =>
  (quotaShare(usage, quota) ?? 0) >= QUOTA_WARN_RATIO;
