/**
 * What to fix in 平時の備え after a drill: the people its steps call who have no phone number
 * in 備え, and the points of 備えの点検 its steps rely on that are not ready. Pure.
 */
import type { ContactRole, PrepProfile } from '../../storage';
import { ROLE_INFO } from '../../lib/contact-roles';
import { ITEM_ROLES } from '../incidents/contact-steps';
import { READINESS_ITEMS } from '../prep/checks';
import type { Scenario } from './scenario-model';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import type { Messages } from '../../i18n/namespace';

/** One suggestion, with the page of 備え where it is fixed. */
export interface PrepFix {
  id: string;
  text: string;
  href: string;
}

/** Every checklist item the scenario expects or its model answer names. */
const scenarioItems = (s: Scenario): Set<string> =>
  new Set([
    ...s.injects.flatMap((i) => i.expect?.items ?? []),
    ...s.model.flatMap((m) => (m.item ? [m.item] : [])),
  ]);

/**
 * The suggestions for one scenario against the company's 備え as it is now, worded with `m`
 * (the drills-debrief messages of the language on screen; Japanese by default).
 */
export function prepFixes(
  s: Scenario,
  prep: PrepProfile,
  m: Messages<typeof drillsDebrief> = drillsDebrief.ja,
): PrepFix[] {
  const items = scenarioItems(s);
  const hasPhone = (r: ContactRole) => Boolean(prep.contacts[r]?.phone);
  const fixes: PrepFix[] = [];
  // The first reports go to the 情報セキュリティ責任者 and the 経営者 in every drill.
  const groups: ContactRole[][] = [['security-officer'], ['executive']];
  for (const id of items) if (ITEM_ROLES[id]) groups.push(ITEM_ROLES[id]);
  const seen = new Set<string>();
  for (const roles of groups) {
    const key = roles.join('|');
    if (seen.has(key) || roles.some(hasPhone)) continue;
    seen.add(key);
    const names = roles.map((r) => ROLE_INFO[r].label);
    fixes.push({
      id: `contact:${key}`,
      text: names.length === 1 ? m.noPhone(names[0]!) : m.noPhoneAny(names.join(m.nameSeparator)),
      href: '/prep/contacts',
    });
  }
  for (const r of READINESS_ITEMS) {
    const anchor = r.guide.href.split('#')[1];
    // Contacts are covered above; only points this drill's steps rely on.
    if (r.fillAt === '/prep/contacts' || !anchor || !items.has(anchor)) continue;
    const ready = r.auto ? r.auto(prep) : prep.check?.answers[r.id] === 'yes';
    if (!ready)
      fixes.push({
        id: `check:${r.id}`,
        text: m.prepCheck(r.text),
        href: r.fillAt ?? '/prep/check',
      });
  }
  return fixes;
}
