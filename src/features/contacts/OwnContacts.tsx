import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { ROLES_IN_ORDER } from '../../lib/contact-roles';
import { CompanyContact, isEntered } from '../../ui/CompanyContact';
import { useMessages } from '../../i18n/active';
import { contacts as messages } from '../../i18n/ja/contacts';

/** 自社の連絡先 from 平時の備え, shown before the public bodies (nothing until read). */
export function OwnContacts() {
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  const m = useMessages(messages);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!prep) return null;
  const own = ROLES_IN_ORDER.flatMap((role) => {
    const contact = prep.contacts[role];
    return isEntered(contact) ? [{ role, contact }] : [];
  });
  return (
    <section class="card" aria-labelledby="own-contacts-title">
      <h2 id="own-contacts-title">{m.ownTitle}</h2>
      {own.length ? (
        <ul class="company-contacts">
          {own.map(({ role, contact }) => (
            <CompanyContact key={role} role={role} contact={contact} />
          ))}
        </ul>
      ) : (
        <p class="small">
          {m.ownEmptyBefore}
          <a href="/prep/contacts">{m.ownEmptyLink}</a>
          {m.ownEmptyAfter}
        </p>
      )}
    </section>
  );
}
