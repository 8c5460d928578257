import { loadPlaybook } from '../../content/load';
import type { Contacts } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { ContactCard } from './ContactCard';
import { OwnContacts } from './OwnContacts';
import '../../ui/guidance.css';
import './contacts.css';
import { useMessages } from '../../i18n/active';
import { contacts as messages } from '../../i18n/ja/contacts';
import { OriginalScope, Rendered, RenderedEach } from '../../ui/Rendered';

const load = () => loadPlaybook<Contacts>('contacts');

/** 連絡先: whom to consult and report to, what for, and what to have ready first. */
export default function ContactsPage() {
  const state = useLoad('contacts', load);
  const m = useMessages(messages);
  useScrollToHash(state.status === 'ready');
  if (state.status !== 'ready') return <LoadState state={state} />;
  const contacts = state.data;
  return (
    <>
      <h1>{m.title}</h1>
      <OwnContacts />
      <OriginalScope>
        <p class="muted">
          <Rendered text={contacts.title} />
        </p>
        <RenderedEach texts={contacts.intro} />
      </OriginalScope>
      <section class="card prepare" aria-labelledby="prepare-title">
        <h2 id="prepare-title">{m.prepareTitle}</h2>
        <OriginalScope>
          <ul>
            <RenderedEach texts={contacts.prepare} as="li" />
          </ul>
        </OriginalScope>
        <p>
          <a href="/guide/record-items">{m.recordItemsLink}</a>
        </p>
      </section>
      <p class="muted">{m.needsNetwork}</p>
      {contacts.groups.map((g) => (
        <section key={g.id} id={g.id} aria-labelledby={`${g.id}-title`}>
          <h2 id={`${g.id}-title`}>
            <Rendered text={g.title} />
          </h2>
          {g.contacts.map((c) => (
            <ContactCard key={c.id} contact={c} />
          ))}
        </section>
      ))}
    </>
  );
}
