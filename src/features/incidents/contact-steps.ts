import type { Checklist } from '../../content/checklist';
import { ROLE_INFO, ROLES_IN_ORDER } from '../../lib/contact-roles';
import type { ContactRole } from '../../storage';

/**
 * Checklist items (by id) that name whom to call, from 備え's roles. (The items' `contacts:` in
 * the playbooks name the public bodies of contacts.yaml; these are the company's own people.)
 */
export const ITEM_ROLES: Record<string, ContactRole[]> = {
  'basic-report-to-security-officer': ['security-officer'],
  'basic-report-to-management': ['executive'],
  'basic-contain': ['sysadmin'],
  'outage-notify-admin': ['sysadmin', 'security-officer'],
  // Keeping a stopped system running or switching servers is the 保守ベンダー's (or the cloud's) work.
  'outage-keep-running': ['vendor', 'cloud'],
  'outage-switch-over': ['vendor', 'cloud'],
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

const INSIDE = ROLES_IN_ORDER.filter((r) => ROLE_INFO[r].side === 'inside');

/**
 * Every role of 体制と連絡先 in the order it matters for this case: the people inside first
 * (経営者, 情報セキュリティ責任者, 担当者, システム管理者), then the outside contacts in the order the
 * checklist names them (the 保守ベンダー early for a system outage), then the other outside
 * contacts. Without a checklist (not loaded), the outside contacts in their usual order.
 */
export function callOrder(checklist: Checklist | null): ContactRole[] {
  const roles: ContactRole[] = [...INSIDE];
  const items = checklist?.flatMap((p) => p.sections.flatMap((s) => s.items)) ?? [];
  for (const item of items) {
    for (const r of ITEM_ROLES[item.id] ?? []) if (!roles.includes(r)) roles.push(r);
  }
  for (const r of ROLES_IN_ORDER) if (!roles.includes(r)) roles.push(r);
  return roles;
}
