import { byUrgency, deadlineCheckOf, type DeadlineCheck } from './reminders';

/** How many incidents are checked between two pauses for input. */
const SLICE = 100;

/**
 * deadlineCheckOf over any number of open incidents, a slice at a time with a pause between
 * slices, so thousands of incidents never block taps and typing on the home screen.
 */
export async function deadlineCheckInSlices(
  rows: Parameters<typeof deadlineCheckOf>[0],
  now: Date,
): Promise<DeadlineCheck> {
  const total: DeadlineCheck = { overdue: 0, soon: 0, unchecked: 0, items: [] };
  for (let i = 0; i < rows.length; i += SLICE) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const part = deadlineCheckOf(rows.slice(i, i + SLICE), now);
    total.overdue += part.overdue;
    total.soon += part.soon;
    total.unchecked += part.unchecked;
    total.items.push(...part.items);
  }
  total.items.sort(byUrgency);
  return total;
}
