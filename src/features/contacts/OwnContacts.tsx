import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { ROLES_IN_ORDER } from '../../lib/contact-roles';
import { CompanyContact, isEntered } from '../../ui/CompanyContact';

/** 自社の連絡先 from 平時の備え, shown before the public bodies (nothing until read). */
export function OwnContacts() {
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!prep) return null;
  const own = ROLES_IN_ORDER.flatMap((role) => {
    const contact = prep.contacts[role];
    return isEntered(contact) ? [{ role, contact }] : [];
  });
  return (
    <section class="card" aria-labelledby="own-contacts-title">
      <h2 id="own-contacts-title">自社の連絡先</h2>
      {own.length ? (
        <ul class="company-contacts">
          {own.map(({ role, contact }) => (
            <CompanyContact key={role} role={role} contact={contact} />
          ))}
        </ul>
      ) : (
        <p class="small">
          社内の責任者や保守ベンダーの連絡先は、<a href="/prep/contacts">平時の備え</a>
          に登録するとここに表示され、すぐ電話できます。
        </p>
      )}
    </section>
  );
}
