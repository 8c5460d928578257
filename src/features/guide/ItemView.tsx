import type { MergedItem } from '../../content/checklist';
import type { Contact, Note, RefBlock } from '../../content/schema';
import { NoteDetails } from '../../ui/NoteDetails';
import { RefBox } from '../../ui/RefBox';
import { ItemDetail } from './ItemDetail';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';

/** One checklist item: the action in one line, its source, and the rest expandable. */
export function ItemView({
  item,
  notes,
  contacts,
  refs,
}: {
  item: MergedItem;
  notes: Map<string, Note>;
  contacts: Map<string, Contact>;
  /** ＜参考＞ blocks the guide shows after this item. */
  refs: readonly RefBlock[];
}) {
  const itemNotes = (item.notes ?? []).flatMap((id) => notes.get(id) ?? []);
  const itemContacts = (item.contacts ?? []).flatMap((id) => contacts.get(id) ?? []);
  const more = (item.detail?.length ?? 0) > 0 || item.extra;
  const m = useMessages(guide);
  const names: Readonly<Record<string, string>> = m.playbooks;
  return (
    <li id={item.id} class="item" tabIndex={-1}>
      <OriginalScope>
        <p class="item-text">
          <Rendered text={item.text} />
        </p>
      </OriginalScope>
      <p class="item-source">
        <span class="tag">{m.itemSource(names[item.playbookId] ?? item.playbookShortTitle)}</span>
      </p>
      {more && (
        <details class="item-more">
          <summary>{m.more}</summary>
          <ItemDetail item={item} />
        </details>
      )}
      {itemNotes.map((n) => (
        <NoteDetails key={n.id} mark={n.mark} title={n.title} body={n.body} />
      ))}
      {itemContacts.length > 0 && (
        <ul class="item-contacts">
          {itemContacts.map((c) => (
            <li key={c.id}>
              <a class="button" href={`/contacts#${c.id}`}>
                {m.contact}
                <Rendered text={c.service} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {refs.map((r, i) => (
        <RefBox key={i} title={r.title} lines={r.lines} />
      ))}
    </li>
  );
}
