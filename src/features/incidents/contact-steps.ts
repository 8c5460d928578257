import type { Checklist } from '../../content/checklist';
import type { ContactRole, ProgressEntry } from '../../storage';

/** Checklist items (by id) that name whom to call: the call list shows them once reached. */
export const ITEM_ROLES: Record<string, ContactRole[]> = {
  'basic-report-to-security-officer': ['security-officer'],
  'basic-report-to-management': ['executive'],
  'basic-contain': ['sysadmin'],
  'basic-ask-for-support': ['vendor', 'cloud', 'insurance', 'otasuke'],
  'basic-preserve-evidence': ['lawyer'],
  'leak-card-and-account-response': ['card'],
  'leak-report-to-police': ['police'],
  'basic-notify-authorities': ['police'],
  'ransomware-report-to-partners': ['partner'],
  'virus-report-to-partners': ['partner'],
  'outage-report-to-partners': ['partner'],
  'basic-report-to-affected': ['partner'],
};

/**
 * Whom to call now: the 情報セキュリティ責任者 and the 経営者 first (the guide's first
 * reports), then whoever the checklist names up to and including its first open item.
 */
export function rolesToCall(
  checklist: Checklist,
  progress: Record<string, Pick<ProgressEntry, 'state'>>,
): ContactRole[] {
  const roles: ContactRole[] = ['security-officer', 'executive'];
  const items = checklist.flatMap((p) => p.sections.flatMap((s) => s.items));
  for (const item of items) {
    for (const r of ITEM_ROLES[item.id] ?? []) if (!roles.includes(r)) roles.push(r);
    const state = progress[item.id]?.state ?? 'open';
    if (!item.info && state === 'open') break;
  }
  return roles;
}
