import type { Incident } from '../../storage';
import type { DestinationStatus } from '../../storage/reporting-repo';
import type { Deadline, Obligation } from './engine';
import { ObligationCard, type ContactLink, type StatusChange } from './ObligationCard';
import { countDueSoon, isObligationDone, notNeededLabel } from './summary';
import { SourcedList, SourceNote } from './SourceNote';
import { saveFile } from '../export/share';
import { deadlinesToIcs } from './ics';
import { reportingRules } from './rules';
import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useRuleText } from './use-rule-text';

/**
 * Each destination in detail, below the questions: those owed (nearest deadline first), those
 * still open behind one heading, then those not needed (「報告不要」 / 「今回は不要」) with reasons.
 */
export function ResultList({
  incident,
  obligations,
  statuses,
  contacts,
  now,
  onStatus,
}: {
  incident: Incident;
  obligations: readonly Obligation[];
  statuses: Record<string, DestinationStatus>;
  contacts: ReadonlyMap<string, ContactLink>;
  now: Date;
  onStatus: (o: Obligation, deadline: Deadline | null, next: StatusChange) => Promise<void>;
}) {
  const m = useMessages(reporting);
  const d = useMessages(reportingDeadlines);
  const tr = useRuleText();
  const firstDue = (o: Obligation) => o.deadlines.find((d) => d.due)?.due ?? '9999-12-31';
  const needed = obligations
    .filter((o) => o.applies)
    .sort(
      (a, b) =>
        Number(isObligationDone(a, statuses)) - Number(isObligationDone(b, statuses)) ||
        firstDue(a).localeCompare(firstDue(b)),
    );
  const notNeeded = obligations.filter((o) => !o.applies);
  // Firm answers first; what applies only because of 「わからない」 waits behind one heading.
  const firm = needed.filter((o) => o.dueToUnknown.length === 0);
  const maybe = needed.filter((o) => o.dueToUnknown.length > 0);
  const maybeOverdue = maybe.filter(
    (o) => !isObligationDone(o, statuses) && countDueSoon([o], statuses, now).overdue > 0,
  ).length;
  const card = (o: Obligation) => (
    <ObligationCard
      key={o.destinationId}
      obligation={o}
      statuses={statuses}
      contact={
        o.formUrl
          ? { label: o.formLabel ?? m.formLink, url: o.formUrl }
          : o.contact
            ? contacts.get(o.contact)
            : undefined
      }
      now={now}
      onStatus={(deadline, next) => onStatus(o, deadline, next)}
      tr={tr}
    />
  );
  const hasDates = needed.some(
    (o) => !isObligationDone(o, statuses) && o.deadlines.some((d) => d.due),
  );

  const downloadIcs = () => {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const text = deadlinesToIcs({
      incidentId: incident.id,
      incidentTitle: incident.title,
      obligations,
      statuses,
      stamp,
      words: { m, d, tr },
    });
    saveFile(text, 'reporting-deadlines.ics', 'text/calendar');
  };

  return (
    <section aria-labelledby="reporting-result">
      <h2 id="reporting-result">{m.detailsTitle}</h2>
      <OriginalScope>
        <p class="muted">
          <Rendered text={reportingRules.dayCount.text} />
          <SourceNote
            source={reportingRules.dayCount.source}
            verified={reportingRules.dayCount.verified ?? true}
          />
        </p>
      </OriginalScope>
      {needed.length === 0 && <p>{m.noneNeeded}</p>}
      {firm.length > 0 && <h3>{m.owedTitle(firm.length)}</h3>}
      {firm.map(card)}
      {maybe.length > 0 && (
        <details class="reporting-maybe">
          <summary>
            {m.maybeTitle(maybe.length)}
            {maybeOverdue > 0 && (
              <span class="reporting-maybe-late">{m.maybeOverdue(maybeOverdue)}</span>
            )}
          </summary>
          <p class="muted">{m.maybeIntro}</p>
          {maybe.map(card)}
        </details>
      )}
      {hasDates && (
        <p>
          <button type="button" class="button" onClick={downloadIcs}>
            {m.icsButton}
          </button>
          <span class="muted"> {m.icsHint}</span>
        </p>
      )}
      <h2>{m.notNeededListTitle(notNeeded.length)}</h2>
      <OriginalScope>
        <ul class="reporting-not-needed">
          {notNeeded.map((o) => (
            <li key={o.destinationId}>
              <strong>{tr(o.title)}</strong>
              {m.colon}
              {notNeededLabel(o, d)}
              {o.exempted && m.exempted}
              <SourcedList items={o.reasons} />
            </li>
          ))}
        </ul>
      </OriginalScope>
    </section>
  );
}
