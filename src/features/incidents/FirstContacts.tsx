import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Checklist } from '../../content/checklist';
import { CompanyContact, isEntered } from '../../ui/CompanyContact';
import { callOrder } from './contact-steps';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

/** 「まず連絡する人」: everyone entered in 備え, in the order they matter for this case. */
export function FirstContacts({ checklist }: { checklist: Checklist | null }) {
  const m = useMessages(incidentsChecklist);
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!prep) return null;
  const people = callOrder(checklist).flatMap((role) => {
    const contact = prep.contacts[role];
    return isEntered(contact) ? [{ role, contact }] : [];
  });
  return (
    <section class="card first-contacts" aria-labelledby="first-contacts-title">
      <h2 id="first-contacts-title">{m.contactsTitle}</h2>
      {people.length === 0 ? (
        <p class="small">
          {m.noContacts}
          <a href="/prep/contacts">{m.noContactsLink}</a>
          {m.noContactsAfter}
        </p>
      ) : (
        <ul class="company-contacts">
          {people.map(({ role, contact }) => (
            <CompanyContact key={role} role={role} contact={contact} />
          ))}
        </ul>
      )}
    </section>
  );
}
