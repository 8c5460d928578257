import type { ContactRole, PrepContact } from '../storage/prep-schema';
import { CallLinks } from './CallLinks';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';
import { prep } from '../i18n/ja/prep';

/** One of the company's own contacts: role, name, call links and what to tell them. */
export function CompanyContact({ role, contact: c }: { role: ContactRole; contact: PrepContact }) {
  const m = useMessages(uiControls);
  // The role's name and what to tell it, in the language on screen.
  const { roles, tellHints } = useMessages(prep);
  const label = roles[role];
  const who = [c.org, c.name].filter(Boolean).join(' ');
  return (
    <li class="company-contact">
      <p class="company-contact-who">
        <strong>{label}</strong> {who && <bdi>{who}</bdi>}
      </p>
      <CallLinks who={`${label} ${c.name}`.trim()} phone={c.phone} email={c.email} />
      {c.deputyPhone && (
        <CallLinks who={m.deputyOf(label, c.deputyName).trim()} phone={c.deputyPhone} email="" />
      )}
      {!c.phone && !c.email && !c.deputyPhone && (
        <p class="small">
          {m.noNumberYet}
          <a href="/prep/contacts">{m.prepLink}</a>
          {m.noNumberYetEnd}
        </p>
      )}
      {c.policyNumber && (
        <p class="small">
          {m.policyNumber}
          <bdi>{c.policyNumber}</bdi>
        </p>
      )}
      <p class="small muted">
        {m.tell}
        {c.tell ? <bdi>{c.tell}</bdi> : tellHints[role]}
      </p>
    </li>
  );
}

/** Whether anything of a contact was entered in 備え (a contact saved with every field empty is not). */
export const isEntered = <C extends Omit<PrepContact, 'updatedAt'>>(c: C | undefined): c is C =>
  Boolean(
    c &&
    [c.name, c.org, c.phone, c.email, c.deputyName, c.deputyPhone, c.policyNumber, c.tell].some(
      Boolean,
    ),
  );
