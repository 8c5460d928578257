import type { Intro, Notes, RecordItems, References } from '../../content/schema';
import { ExternalLink } from '../../ui/ExternalLink';
import { OriginalScope, Rendered, RenderedEach } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { guideDoc } from '../../i18n/ja/guide-doc';

/** The guide's opening pages: what an incident is, the damage, the purpose. */
export function IntroDoc({ intro }: { intro: Intro }) {
  return (
    <article>
      {intro.audience && (
        <p class="muted">
          <Rendered text={intro.audience} />
        </p>
      )}
      <h1>
        <Rendered text={intro.title} />
      </h1>
      {intro.sections.map((s) => (
        <section key={s.id} id={s.id} class="doc-section" aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>
            <Rendered text={s.title} />
          </h2>
          <OriginalScope>
            <RenderedEach texts={s.paragraphs} />
            {s.list && (
              <ul>
                <RenderedEach texts={s.list} as="li" />
              </ul>
            )}
          </OriginalScope>
        </section>
      ))}
    </article>
  );
}

/** インシデント対応時に整理しておくべき事項: the ten items and 5W1H. */
export function RecordItemsDoc({ items }: { items: RecordItems }) {
  const m = useMessages(guideDoc);
  return (
    <article>
      <h1>
        <Rendered text={items.title} />
      </h1>
      <OriginalScope>
        {items.intro && (
          <p>
            <Rendered text={items.intro} />
          </p>
        )}
        <ul class="five-w1h" aria-label="5W1H">
          {items.fiveW1H.map((w) => (
            <li key={w.id} id={w.id}>
              <Rendered text={w.label} />
              {w.help && (
                <span class="muted">
                  ：<Rendered text={w.help} />
                </span>
              )}
            </li>
          ))}
        </ul>
        <dl class="record-items">
          {items.items.map((it) => (
            <div key={it.id} id={it.id}>
              <dt>
                <Rendered text={it.label} />
              </dt>
              <dd>
                <Rendered text={it.help} />
              </dd>
            </div>
          ))}
        </dl>
      </OriginalScope>
      <p>
        <a href="/contacts">{m.toContacts}</a>
      </p>
    </article>
  );
}

/** 用語の解説: the guide's notes ※1–※4. */
export function NotesDoc({ notes }: { notes: Notes }) {
  return (
    <article>
      <h1>
        <Rendered text={notes.title} />
      </h1>
      {notes.notes.map((n) => (
        <section key={n.id} id={n.id} class="doc-section" aria-labelledby={`${n.id}-title`}>
          <h2 id={`${n.id}-title`}>
            {n.heading ? (
              <Rendered text={n.heading} />
            ) : (
              <>
                {n.mark} <Rendered text={n.title} />
              </>
            )}
          </h2>
          <OriginalScope>
            <RenderedEach texts={n.body} />
          </OriginalScope>
        </section>
      ))}
    </article>
  );
}

/** インシデント対応に役立つ情報: the guide's references, as links that need a network. */
export function ReferencesDoc({ refs }: { refs: References }) {
  const m = useMessages(guideDoc);
  return (
    <article>
      <h1>
        <Rendered text={refs.title} />
      </h1>
      {refs.items.map((r) => (
        <section key={r.id} id={r.id} class="card" aria-labelledby={`${r.id}-title`}>
          <OriginalScope>
            <h2 id={`${r.id}-title`}>
              <Rendered text={r.title} />
            </h2>
            {r.publisher && (
              <p class="muted">
                <Rendered text={r.publisher} />
              </p>
            )}
            <p>
              <Rendered text={r.description} />
            </p>
          </OriginalScope>
          <p>
            <ExternalLink class="button" href={r.url}>
              {m.openWebsite}
            </ExternalLink>
          </p>
        </section>
      ))}
    </article>
  );
}
