import { ROLE_INFO } from '../../lib/contact-roles';
import type { PrepRecord } from '../../storage';
import type { Messages } from '../../i18n/namespace';
import { prep } from '../../i18n/ja/prep';
import { prepCheck } from '../../i18n/ja/prep-check';
import { READINESS_ITEMS } from './checks';
import { contactFields, SYSTEMS_FIELDS } from './prep-labels';

/** The words of 備え and of its check, in one language (Japanese by default). */
type Words = { m: Messages<typeof prep>; c: Messages<typeof prepCheck> };
const JA: Words = { m: prep.ja, c: prepCheck.ja };

/** Which part of 備え a record is, as the 備え page names it (a contact with its role). */
export function replacedPart(r: PrepRecord, { m }: Words = JA): string {
  if (r.kind !== 'contact') return m.parts[r.kind];
  const role = (m.roles as Record<string, string>)[r.role] ?? r.role;
  return m.partOfRole(m.parts.contacts, role);
}

/** A record's filled-in values as [the form's label, value] pairs, in the form's order. Pure. */
export function replacedLines(r: PrepRecord, { m, c }: Words = JA): [string, string][] {
  let lines: [string, string][];
  switch (r.kind) {
    case 'company':
      lines = Object.entries(m.company).map(([k, label]) => [
        label,
        r[k as keyof typeof m.company],
      ]);
      break;
    case 'contact':
      lines = contactFields(m, ROLE_INFO[r.role]?.side === 'inside').map(([k, label]) => [
        label,
        r[k],
      ]);
      break;
    case 'systems':
      lines = SYSTEMS_FIELDS.map((f) => [
        m.systems[f.key],
        f.kind === 'yes-no' && r[f.key] ? m.yesNo[r[f.key] as 'yes' | 'no'] : r[f.key],
      ]);
      break;
    case 'check':
      lines = READINESS_ITEMS.filter((item) => r.answers[item.id]).map((item) => [
        (c.items as Record<string, string>)[item.id] ?? item.text,
        c.answers[r.answers[item.id]!],
      ]);
      break;
  }
  return lines.filter(([, value]) => typeof value === 'string' && value !== '');
}
