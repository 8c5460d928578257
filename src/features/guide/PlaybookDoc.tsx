import type { ChecklistItem, IncidentPlaybook, Note, Contact } from '../../content/schema';
import { NoteDetails } from '../../ui/NoteDetails';
import { RefBox } from '../../ui/RefBox';
import { ItemDetail } from './ItemDetail';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { Paragraphs } from '../../ui/Paragraphs';

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
  const causeTitle = (id?: string) => pb.causes?.find((c) => c.id === id)?.title;
  return (
    <article>
      {pb.part && <p class="muted">{pb.part}</p>}
      <h1>
        <Rendered text={pb.title} />
      </h1>
      <OriginalScope>
        <Paragraphs texts={pb.lead} />
      </OriginalScope>
      {(pb.notes ?? [])
        .flatMap((id) => notes.get(id) ?? [])
        .map((n) => (
          <NoteDetails key={n.id} mark={n.mark} title={n.title} body={n.body} />
        ))}
      {pb.causes && (
        <p>
          原因：
          {pb.causes.map((c) => c.title).join('、')}
        </p>
      )}
      <p>
        <a class="button primary block" href={`/playbooks/${pb.id}`}>
          この手順で対応する
        </a>
      </p>
      <nav aria-labelledby="doc-toc-title">
        <h2 id="doc-toc-title">この章の目次</h2>
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
                    <p>基本ステップの次の項目も行います：</p>
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
  return (
    <li id={item.id} class="doc-item" tabIndex={-1}>
      <OriginalScope>
        {cause && <span class="tag">{cause}の場合</span>} <Rendered text={item.text} />
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
            <a href={`/contacts#${c.id}`}>連絡先：{c.service}</a>
          </p>
        ))}
    </li>
  );
}
