import type { ChecklistItem, IncidentPlaybook, Note, Contact } from '../../content/schema';
import { NoteDetails } from '../../ui/NoteDetails';
import { RefBox } from '../../ui/RefBox';
import { ItemDetail } from './ItemDetail';
import { OriginalScope, Rendered, RenderedEach } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';
import { guideDoc } from '../../i18n/ja/guide-doc';
import { home } from '../../i18n/ja/home';

/** A playbook as the guide prints it: lead, then each phase's own items in full. */
export function PlaybookDoc({
  playbook: pb,
  basic,
  notes,
  contacts,
}: {
  playbook: IncidentPlaybook;
  basic: IncidentPlaybook;
  notes: Map<string, Note>;
  contacts: Map<string, Contact>;
}) {
  const basicItems = new Map(
    basic.phases.flatMap((p) => p.sections.flatMap((s) => s.items.map((i) => [i.id, i]))),
  );
  const m = useMessages(guideDoc);
  const causeNames: Readonly<Record<string, string>> = useMessages(home).causes;
  const causeTitle = (id?: string) => {
    const cause = pb.causes?.find((c) => c.id === id);
    return cause && (causeNames[cause.id] ?? cause.title);
  };
  return (
    <article>
      {pb.part && (
        <p class="muted">
          <Rendered text={pb.part} />
        </p>
      )}
      <h1>
        <Rendered text={pb.title} />
      </h1>
      <OriginalScope>
        <RenderedEach texts={pb.lead} />
      </OriginalScope>
      {(pb.notes ?? [])
        .flatMap((id) => notes.get(id) ?? [])
        .map((n) => (
          <NoteDetails key={n.id} mark={n.mark} title={n.title} body={n.body} />
        ))}
      {pb.causes && (
        <p>
          {m.causes}
          {pb.causes.map((c) => causeTitle(c.id)).join(m.listSeparator)}
        </p>
      )}
      <p>
        <a class="button primary block" href={`/playbooks/${pb.id}`}>
          {m.follow}
        </a>
      </p>
      <nav aria-labelledby="doc-toc-title">
        <h2 id="doc-toc-title">{m.chapterToc}</h2>
        <ol class="toc">
          {pb.phases.map((ph) => (
            <li key={ph.id}>
              <a href={`#${ph.id}`}>
                <Rendered text={ph.title} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {pb.phases.map((ph) => (
        <section key={ph.id} id={ph.id} class="doc-section" aria-labelledby={`${ph.id}-title`}>
          <h2 id={`${ph.id}-title`}>
            <Rendered text={ph.title} />
          </h2>
          {ph.sections.map((s) => {
            const fromBasic = (s.basic ?? []).flatMap((id) => basicItems.get(id) ?? []);
            return (
              <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`}>
                <h3 id={`${s.id}-title`}>
                  <Rendered text={s.title} />
                </h3>
                {fromBasic.length > 0 && (
                  <div class="basic-refs">
                    <p>{m.fromBasic}</p>
                    <ul>
                      {fromBasic.map((it) => (
                        <li key={it.id}>
                          <a href={`/guide/basic#${it.id}`}>
                            <Rendered text={it.text} />
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {s.items.length > 0 && (
                  <ul>
                    {s.items.map((it) => (
                      <DocItem
                        key={it.id}
                        item={it}
                        cause={causeTitle(it.cause)}
                        notes={notes}
                        contacts={contacts}
                      />
                    ))}
                  </ul>
                )}
                {(s.refs ?? []).map((r, i) => (
                  <RefBox key={i} title={r.title} lines={r.lines} />
                ))}
              </section>
            );
          })}
        </section>
      ))}
    </article>
  );
}

function DocItem({
  item,
  cause,
  notes,
  contacts,
}: {
  item: ChecklistItem;
  cause?: string;
  notes: Map<string, Note>;
  contacts: Map<string, Contact>;
}) {
  const m = useMessages(guideDoc);
  const g = useMessages(guide);
  return (
    <li id={item.id} class="doc-item" tabIndex={-1}>
      {cause && <span class="tag">{m.forCause(cause)}</span>}{' '}
      <OriginalScope>
        <Rendered text={item.text} />
        <ItemDetail item={item} />
      </OriginalScope>
      {(item.notes ?? [])
        .flatMap((id) => notes.get(id) ?? [])
        .map((n) => (
          <NoteDetails key={n.id} mark={n.mark} title={n.title} body={n.body} />
        ))}
      {(item.contacts ?? [])
        .flatMap((id) => contacts.get(id) ?? [])
        .map((c) => (
          <p key={c.id}>
            <a href={`/contacts#${c.id}`}>
              {g.contact}
              <Rendered text={c.service} />
            </a>
          </p>
        ))}
    </li>
  );
}
