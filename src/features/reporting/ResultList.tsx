import type { Incident } from '../../storage';
import type { DestinationStatus } from '../../storage/reporting-repo';
import type { Deadline, Obligation } from './engine';
import { ObligationCard, type ContactLink, type StatusChange } from './ObligationCard';
import { isObligationDone, notNeededLabel } from './summary';
import { saveFile } from '../export/share';
import { deadlinesToIcs } from './ics';
import { reportingRules } from './rules';

/** The destinations that apply (nearest deadline first), then those not needed (「報告不要」 / 「今回は不要」) with reasons. */
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
      <h2 id="reporting-result">報告・届出が必要なもの（{needed.length}件）</h2>
      <p class="muted">{reportingRules.dayCount.text}</p>
      {needed.length === 0 && <p>答えからは、報告・届出が必要なものは見つかりませんでした。</p>}
      {needed.map((o) => (
        <ObligationCard
          key={o.destinationId}
          obligation={o}
          statuses={statuses}
          contact={
            o.contact
              ? contacts.get(o.contact)
              : o.formUrl
                ? { label: '報告フォーム', url: o.formUrl }
                : undefined
          }
          now={now}
          onStatus={(deadline, next) => onStatus(o, deadline, next)}
        />
      ))}
      {hasDates && (
        <p>
          <button type="button" class="button" onClick={downloadIcs}>
            期限をカレンダーに追加（.ics ファイル）
          </button>
          <span class="muted"> この端末のカレンダーが、前日に通知します。</span>
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
                  <span class="muted reporting-source">
                    （根拠：{r.source}
                    {!r.verified && `。未確認：${r.note ?? ''}`}）
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
