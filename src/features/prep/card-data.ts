import { BASIC_STEPS, INCIDENT_TYPES } from '../../content/catalog';
import { loadPlaybook } from '../../content/load';
import type { IncidentPlaybook } from '../../content/schema';
import { ROLES_IN_ORDER } from '../../lib/contact-roles';
import type { ContactRole, PrepProfile } from '../../storage';

/** One line of the card: an incident type (by id) and the first thing to do (from the playbooks). */
export interface FirstAction {
  id: string;
  text: string;
}

/** The first action of each incident type (its playbook's `urgent`), then the basic steps'. */
export async function loadFirstActions(): Promise<FirstAction[]> {
  const ids = [...INCIDENT_TYPES.map((t) => t.id), BASIC_STEPS.id];
  const playbooks = await Promise.all(ids.map((id) => loadPlaybook<IncidentPlaybook>(id)));
  return ids.flatMap((id, i) => {
    const urgent = playbooks[i]?.urgent;
    return urgent ? [{ id, text: urgent.text }] : [];
  });
}

/** One row of the company's call list on the card (the view words it). */
export interface CallRow {
  role: ContactRole;
  who: string;
  phone: string;
  deputyName: string;
  deputyPhone: string;
  policyNumber: string;
}

/** The company's contacts that have a number, in call-list order. Pure. */
export function callList(p: PrepProfile): CallRow[] {
  return ROLES_IN_ORDER.flatMap((role) => {
    const c = p.contacts[role];
    if (!c || (!c.phone && !c.deputyPhone)) return [];
    return [
      {
        role,
        who: [c.org, c.name].filter(Boolean).join(' '),
        phone: c.phone,
        deputyName: c.deputyName,
        deputyPhone: c.deputyPhone,
        policyNumber: c.policyNumber,
      },
    ];
  });
}
