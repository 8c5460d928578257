import { BASIC_STEPS, INCIDENT_TYPES } from '../../content/catalog';
import { loadPlaybook } from '../../content/load';
import type { IncidentPlaybook } from '../../content/schema';
import { ROLE_INFO, ROLES_IN_ORDER } from '../../lib/contact-roles';
import type { PrepProfile } from '../../storage';

/** One line of the card: an incident type and the first thing to do (from the playbooks). */
export interface FirstAction {
  id: string;
  type: string;
  text: string;
}

/** The first action of each incident type (its playbook's `urgent`), then the basic steps'. */
export async function loadFirstActions(): Promise<FirstAction[]> {
  const types = [...INCIDENT_TYPES, { id: BASIC_STEPS.id, shortTitle: 'わからないとき' }];
  const playbooks = await Promise.all(types.map((t) => loadPlaybook<IncidentPlaybook>(t.id)));
  return types.flatMap((t, i) => {
    const urgent = playbooks[i]?.urgent;
    return urgent ? [{ id: t.id, type: t.shortTitle, text: urgent.text }] : [];
  });
}

/** One row of the company's call list on the card. */
export interface CallRow {
  role: string;
  who: string;
  phone: string;
  deputy: string;
  extra: string;
}

/** The company's contacts that have a number, in call-list order. Pure. */
export function callList(p: PrepProfile): CallRow[] {
  return ROLES_IN_ORDER.flatMap((r) => {
    const c = p.contacts[r];
    if (!c || (!c.phone && !c.deputyPhone)) return [];
    return [
      {
        role: ROLE_INFO[r].label,
        who: [c.org, c.name].filter(Boolean).join(' '),
        phone: c.phone,
        deputy: c.deputyPhone ? `${c.deputyName || '代わりの人'} ${c.deputyPhone}` : '',
        extra: c.policyNumber ? `証券番号 ${c.policyNumber}` : '',
      },
    ];
  });
}
