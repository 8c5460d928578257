import type { MergedPhase } from '../../content/checklist';
import type { Contact, Note } from '../../content/schema';
import { RefBox } from '../../ui/RefBox';
import { ItemView } from './ItemView';
import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';

/** One phase of a playbook: its sections, each with its items in order. */
export function PhaseView({
  phase,
  step,
  anchor,
  notes,
  contacts,
}: {
  phase: MergedPhase;
  /** 1-based position among the phases shown. */
  step: number;
  /** The playbook's own id of this phase, as an anchor for search results. */
  anchor?: string;
  notes: Map<string, Note>;
  contacts: Map<string, Contact>;
}) {
  const headingId = `phase-${phase.phase}`;
  const m = useMessages(guide);
  return (
    <section class="phase" id={headingId} aria-labelledby={`${headingId}-title`}>
      {anchor && <span id={anchor} />}
      <h2 id={`${headingId}-title`}>
        <span class="step-number">{m.step(step)}</span> {m.phases[phase.phase]}
      </h2>
      {phase.sections.map((s) => {
        const [first, ...others] = s.sectionIds;
        const ids = new Set(s.items.map((it) => it.id));
        const loose = s.refs.filter((r) => !r.after || !ids.has(r.after));
        return (
          <section key={s.kind} class="section" id={first} aria-labelledby={`${first}-title`}>
            {others.map((id) => (
              <span key={id} id={id} />
            ))}
            <h3 id={`${first}-title`}>{m.sections[s.kind]}</h3>
            <ol class="items">
              {s.items.map((it) => (
                <ItemView
                  key={it.id}
                  item={it}
                  notes={notes}
                  contacts={contacts}
                  refs={s.refs.filter((r) => r.after === it.id)}
                />
              ))}
            </ol>
            {loose.map((r, i) => (
              <RefBox key={i} title={r.title} lines={r.lines} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
