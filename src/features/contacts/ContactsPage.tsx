import { loadPlaybook } from '../../content/load';
import type { Contacts } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { ContactCard } from './ContactCard';
import { OwnContacts } from './OwnContacts';
import '../../ui/guidance.css';
import './contacts.css';

const load = () => loadPlaybook<Contacts>('contacts');

/** 連絡先: whom to consult and report to, what for, and what to have ready first. */
export default function ContactsPage() {
  const state = useLoad('contacts', load);
  useScrollToHash(state.status === 'ready');
  if (state.status !== 'ready') return <LoadState state={state} />;
  const contacts = state.data;
  return (
    <>
      <h1>連絡先</h1>
      <OwnContacts />
      <p class="muted">{contacts.title}</p>
      {contacts.intro.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <section class="card prepare" aria-labelledby="prepare-title">
        <h2 id="prepare-title">連絡する前に整理しておくこと</h2>
        <ul>
          {contacts.prepare.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
        <p>
          <a href="/guide/record-items">各項目の説明（インシデント対応時に整理しておくべき事項）</a>
        </p>
      </section>
      <p class="muted">
        Webサイトとメールはネットワークが必要です。つながらないときは、アドレスをコピーして別の端末から連絡してください。
      </p>
      {contacts.groups.map((g) => (
        <section key={g.id} id={g.id} aria-labelledby={`${g.id}-title`}>
          <h2 id={`${g.id}-title`}>{g.title}</h2>
          {g.contacts.map((c) => (
            <ContactCard key={c.id} contact={c} />
          ))}
        </section>
      ))}
    </>
  );
}
