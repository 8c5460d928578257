import { ROLE_INFO } from '../../lib/contact-roles';
import type { PrepRecord } from '../../storage';
import { READINESS_ITEMS } from './checks';
import { PREP_PARTS } from './PrepNav';
import {
  CHECK_ANSWER_LABELS,
  COMPANY_LABELS,
  contactLabels,
  SYSTEMS_FIELDS,
  YES_NO_LABELS,
} from './prep-labels';

const partLabel = (path: string) => PREP_PARTS.find((p) => p.path === path)!.label;

/** Which part of 備え a record is, as the 備え page names it (a contact with its role). */
export function replacedPart(r: PrepRecord): string {
  switch (r.kind) {
    case 'company':
      return partLabel('/prep/company');
    case 'systems':
      return partLabel('/prep/systems');
    case 'check':
      return partLabel('/prep/check');
    case 'contact':
      return `${partLabel('/prep/contacts')}（${ROLE_INFO[r.role]?.label ?? r.role}）`;
  }
}

/** A record's filled-in values as [the form's label, value] pairs, in the form's order. Pure. */
export function replacedLines(r: PrepRecord): [string, string][] {
  let lines: [string, string][];
  switch (r.kind) {
    case 'company':
      lines = Object.entries(COMPANY_LABELS).map(([k, label]) => [
        label,
        r[k as keyof typeof COMPANY_LABELS],
      ]);
      break;
    case 'contact': {
      const labels = contactLabels(ROLE_INFO[r.role]?.side === 'inside');
      lines = Object.entries(labels).map(([k, label]) => [label, r[k as keyof typeof labels]]);
      break;
    }
    case 'systems':
      lines = SYSTEMS_FIELDS.map((f) => [
        f.label,
        f.kind === 'yes-no' && r[f.key] ? YES_NO_LABELS[r[f.key] as 'yes' | 'no'] : r[f.key],
      ]);
      break;
    case 'check':
      lines = READINESS_ITEMS.filter((item) => r.answers[item.id]).map((item) => [
        item.text,
        CHECK_ANSWER_LABELS[r.answers[item.id]!],
      ]);
      break;
  }
  return lines.filter(([, value]) => typeof value === 'string' && value !== '');
}
