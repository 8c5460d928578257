import { ROLE_INFO } from '../lib/contact-roles';
import type { ContactRole, PrepContact } from '../storage/prep-schema';
import { CallLinks } from './CallLinks';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

/** One of the company's own contacts: role, name, call links and what to tell them. */
export function CompanyContact({ role, contact: c }: { role: ContactRole; contact: PrepContact }) {
  const m = useMessages(uiControls);
  const label = ROLE_INFO[role].label;
  return (
    <li class="company-contact">
      <p class="company-contact-who">
        <strong>{label}</strong> {[c.org, c.name].filter(Boolean).join(' ')}
      </p>
      <CallLinks who={`${label} ${c.name}`.trim()} phone={c.phone} email={c.email} />
      {c.deputyPhone && (
        <CallLinks who={m.deputyOf(label, c.deputyName).trim()} phone={c.deputyPhone} email="" />
      )}
      <p class="small muted">
        {m.tell}
        {c.tell || ROLE_INFO[role].tellHint}
      </p>
    </li>
  );
}

/** Whether a contact can be reached (has a number or an address). */
export const reachable = (c: PrepContact | undefined): c is PrepContact =>
  Boolean(c && (c.phone || c.email || c.deputyPhone));
