import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Checklist } from '../../content/checklist';
import { CompanyContact, isEntered } from '../../ui/CompanyContact';
import { callOrder } from './contact-steps';

/** 「まず連絡する人」: everyone entered in 備え, in the order they matter for this case. */
export function FirstContacts({ checklist }: { checklist: Checklist | null }) {
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
      <h2 id="first-contacts-title">まず連絡する人</h2>
      {people.length === 0 ? (
        <p class="small">
          連絡先がまだ登録されていません。落ち着いたら<a href="/prep/contacts">平時の備え</a>
          に登録しておくと、ここからすぐ電話できます。
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
