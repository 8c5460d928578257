import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Checklist } from '../../content/checklist';
import type { ContactRole, PrepContact, ProgressEntry } from '../../storage';
import { CompanyContact, reachable } from '../../ui/CompanyContact';
import { rolesToCall } from './contact-steps';

/** 「まず連絡する人」: call buttons for the people the checklist has reached, from 備え. */
export function FirstContacts({
  checklist,
  progress,
}: {
  checklist: Checklist | null;
  progress: Record<string, ProgressEntry>;
}) {
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!prep || !checklist) return null;
  const people = rolesToCall(checklist, progress)
    .map((role) => ({ role, contact: prep.contacts[role] }))
    .filter((p): p is { role: ContactRole; contact: PrepContact } => reachable(p.contact));
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
