/**
 * What the app can do about deadlines without a server: count overdue and due-soon items
 * when it is opened, and show the count on the app icon (Badging API) where supported.
 */
import type { Incident } from '../../storage';
import type { ReportingRecord } from '../../storage/reporting-repo';
import { evaluate } from './engine';
import {
  countDueSoon,
  isOverdue,
  nearestDeadline,
  reportingChecked,
  type OpenDeadline,
} from './summary';

/** Due-soon and overdue reporting deadlines across the open incidents. */
export interface DeadlineCheck {
  overdue: number;
  soon: number;
  /** Incidents listed as 「報告・届出の確認がまだです」 (not counted in overdue / soon). */
  unchecked: number;
  /**
   * Per incident with something due soon or overdue, its nearest deadline (nearest first).
   * `unchecked`: the personal-data question is unanswered, so `nearest` is only the
   * cautious guess and is shown as 「報告・届出の確認がまだです」, not as a deadline.
   */
  items: { incidentId: string; title: string; nearest: OpenDeadline; unchecked: boolean }[];
}

/**
 * Counts the open reporting deadlines of the open incidents (drills left out) given with their records (the
 * store's checkDeadlines action reads them and calls this at app start).
 */
export function deadlineCheckOf(
  rows: readonly { incident: Incident; record: ReportingRecord }[],
  now: Date,
): DeadlineCheck {
  const result: DeadlineCheck = { overdue: 0, soon: 0, unchecked: 0, items: [] };
  for (const { incident, record } of rows) {
    // A drill (訓練) never reaches the real deadlines, the badge or the reminders.
    if (incident.drill) continue;
    const obligations = evaluate(
      record.answers,
      incident.discoveredAt,
      incident.types,
      incident.causes,
    );
    const c = countDueSoon(obligations, record.statuses, now);
    const nearest = nearestDeadline(obligations, record.statuses, now);
    if (!nearest || c.overdue + c.soon === 0) continue;
    const unchecked = !reportingChecked(record.answers);
    if (unchecked) result.unchecked++;
    else {
      result.overdue += c.overdue;
      result.soon += c.soon;
    }
    result.items.push({ incidentId: incident.id, title: incident.title, nearest, unchecked });
  }
  result.items.sort(byUrgency);
  return result;
}

/** Overdue first, then the nearest due date first. */
export const byUrgency = (a: DeadlineCheck['items'][number], b: DeadlineCheck['items'][number]) =>
  Number(!isOverdue(a.nearest)) - Number(!isOverdue(b.nearest)) ||
  a.nearest.due.localeCompare(b.nearest.due);

type BadgeNavigator = {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
};

/** Shows `count` on the app icon, or clears it at 0; does nothing where unsupported. Never throws. */
export async function updateAppBadge(
  count: number,
  nav: BadgeNavigator = typeof navigator === 'undefined' ? {} : (navigator as BadgeNavigator),
): Promise<boolean> {
  try {
    if (count > 0 && typeof nav.setAppBadge === 'function') {
      await nav.setAppBadge(count);
      return true;
    }
    if (count === 0 && typeof nav.clearAppBadge === 'function') {
      await nav.clearAppBadge();
      return true;
    }
  } catch {
    // Not installed, or permission not granted: the in-app list still shows the count.
  }
  return false;
}
