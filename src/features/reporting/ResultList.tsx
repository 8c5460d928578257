import type { Incident } from '../../storage';
import type { DestinationStatus } from '../../storage/reporting-repo';
import type { Deadline, Obligation } from './engine';
import { ObligationCard, type ContactLink, type StatusChange } from './ObligationCard';
import { countDueSoon, isObligationDone, notNeededLabel } from './summary';
import { SourceNote } from './SourceNote';
import { saveFile } from '../export/share';
import { deadlinesToIcs } from './ics';
import { reportingRules } from './rules';

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
          ? { label: o.formLabel ?? '報告フォーム', url: o.formUrl }
          : o.contact
            ? contacts.get(o.contact)
            : undefined
      }
      now={now}
      onStatus={(deadline, next) => onStatus(o, deadline, next)}
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
    });
    saveFile(text, 'reporting-deadlines.ics', 'text/calendar');
  };

  return (
    <section aria-labelledby="reporting-result">
      <h2 id="reporting-result">詳しい内容と対応の記録</h2>
      <p class="muted">
        {reportingRules.dayCount.text}
        <SourceNote
          source={reportingRules.dayCount.source}
          verified={reportingRules.dayCount.verified ?? true}
        />
      </p>
      {needed.length === 0 && <p>答えからは、報告・届出が必要なものは見つかりませんでした。</p>}
      {firm.length > 0 && <h3>必要なもの（{firm.length}件）</h3>}
      {firm.map(card)}
      {maybe.length > 0 && (
        <details class="reporting-maybe">
          <summary>
            答えると絞り込めます（{maybe.length}件）
            {maybeOverdue > 0 && (
              <span class="reporting-maybe-late">・うち期限超過 {maybeOverdue}件</span>
            )}
          </summary>
          <p class="muted">
            「わからない」や未回答の質問があるため、念のため対象にしているものです。質問に答えると、必要かどうかがはっきりします。
          </p>
          {maybe.map(card)}
        </details>
      )}
      {hasDates && (
        <p>
          <button type="button" class="button" onClick={downloadIcs}>
            期限をカレンダーに追加（.ics ファイル）
          </button>
          <span class="muted">
            {' '}
            この端末のカレンダーが、期限の前日と当日の朝9時（日本時間）に通知します（過ぎた時刻の通知は入れません）。
          </span>
        </p>
      )}
      <h2>今回は不要と判断したもの（{notNeeded.length}件）</h2>
      <ul class="reporting-not-needed">
        {notNeeded.map((o) => (
          <li key={o.destinationId}>
            <strong>{o.title}</strong>：{notNeededLabel(o)}
            {o.exempted && '（対象の事態ですが、例外に当たります）'}
            <ul>
              {o.reasons.map((r) => (
                <li key={r.id}>
                  {r.text}
                  <SourceNote source={r.source} verified={r.verified} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
