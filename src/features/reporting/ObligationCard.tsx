import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CharCount, limitProps } from '../../ui/CharCount';
import type { Deadline, Obligation } from './engine';
import type { DestinationStatus } from '../../storage/reporting-repo';
import { ExternalLink } from '../../ui/ExternalLink';
import { DeadlineLine } from './DeadlineLine';
import { SourceNote } from './SourceNote';
import { daysUntil, jstDate } from './dates';
import {
  deadlineKey,
  isDeadlineDone,
  isObligationDone,
  latenessOf,
  questionNames,
} from './summary';

/** Where the person can report: a contact's page (a link; never fetched). */
export interface ContactLink {
  label: string;
  url: string;
}

/** A status change from the form: for one deadline, or for a destination without deadlines. */
export type StatusChange = { status: 'todo' | 'done'; doneAt?: string; memo?: string };

/**
 * One destination that applies: why, deadlines, link, and a status (未対応 / 対応済み) per
 * deadline (e.g. 速報 and 確報 separately), or one status when it has no deadlines.
 */
export function ObligationCard({
  obligation: o,
  statuses,
  contact,
  now,
  onStatus,
}: {
  obligation: Obligation;
  statuses: Readonly<Record<string, DestinationStatus>>;
  contact: ContactLink | undefined;
  now: Date;
  onStatus: (deadline: Deadline | null, next: StatusChange) => Promise<void>;
}) {
  const done = isObligationDone(o, statuses);
  const doneOf = (d: Deadline) => isDeadlineDone(statuses, o.destinationId, d.id);
  const lateness = (d: Deadline) =>
    doneOf(d) || d.due === null ? 'on-time' : latenessOf(d.basis, daysUntil(d.due, now));
  const overdue = o.deadlines.some((d) => lateness(d) === 'overdue');
  const pastTarget = !overdue && o.deadlines.some((d) => lateness(d) === 'past-target');
  const partly = o.deadlines.filter(doneOf).map((d) => d.label);
  const statusOf = (d: Deadline | null) =>
    d
      ? (statuses[deadlineKey(o.destinationId, d.id)] ?? statuses[o.destinationId])
      : statuses[o.destinationId];
  const single = o.deadlines.length <= 1 ? statusOf(o.deadlines[0] ?? null) : undefined;
  const headingId = `dest-${o.destinationId}`;
  return (
    <article
      class={`card reporting-card${overdue ? ' overdue' : pastTarget ? ' past-target' : ''}${done ? ' done' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{o.title}</h3>
      <p class={`reporting-status ${done ? 'is-done' : 'is-todo'}`}>
        {done
          ? o.deadlines.length <= 1
            ? `✓ 対応済み（${single?.doneAt ?? '日付なし'}）`
            : '✓ すべて対応済み'
          : overdue
            ? '⚠ 未対応・期限超過'
            : pastTarget
              ? '⚠ 未対応・目安の日を過ぎています'
              : partly.length > 0
                ? `一部対応済み（${partly.join('、')}）`
                : '未対応'}
      </p>
      {o.dueToUnknown.length > 0 && (
        <p class="reporting-unknown">
          念のため対象にしています（わからない・未回答：{questionNames(o.dueToUnknown)}）。
        </p>
      )}
      <h4>理由</h4>
      {o.alternatives && (
        <p class="reporting-any">
          次のどれかに当たれば{o.kind === 'action' ? '対応' : '報告'}が必要です
          {o.reasons.some((r) => r.state === 'unknown') && '（✓ 当たる　？ わからない）'}：
        </p>
      )}
      <ul class={`reporting-reasons${o.alternatives ? ' is-any' : ''}`}>
        {o.reasons.map((r) => (
          <li key={r.id} class={r.state === 'unknown' ? 'is-unknown' : 'is-met'}>
            {o.alternatives && (
              <span class="reporting-mark">
                {r.state === 'unknown' ? '？' : '✓'}
                <span class="visually-hidden">
                  {r.state === 'unknown' ? '（わからない）' : '（当たる）'}
                </span>{' '}
              </span>
            )}
            {r.text}
            <SourceNote source={r.source} verified={r.verified} />
          </li>
        ))}
      </ul>
      {o.notices.length > 0 && (
        <>
          <h4>知っておくこと</h4>
          <ul class="reporting-notices">
            {o.notices.map((n) => (
              <li key={n.id}>
                {n.text}
                <SourceNote source={n.source} verified={n.verified} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>期限</h4>
      <ul class="reporting-deadlines">
        {o.deadlines.map((d) => (
          <DeadlineLine
            key={d.id}
            deadline={d}
            now={now}
            done={doneOf(d)}
            doneAt={statusOf(d)?.doneAt}
          />
        ))}
      </ul>
      {contact && (
        <p>
          <ExternalLink class="button" href={contact.url}>
            {contact.label}
          </ExternalLink>
        </p>
      )}
      {o.deadlines.length <= 1 ? (
        <StatusForm
          name={o.title}
          status={single}
          now={now}
          onStatus={(next) => onStatus(o.deadlines[0] ?? null, next)}
        />
      ) : (
        o.deadlines.map((d) => (
          <StatusForm
            key={d.id}
            name={d.label}
            status={statusOf(d)}
            now={now}
            onStatus={(next) => onStatus(d, next)}
          />
        ))
      )}
    </article>
  );
}

/** The status of one deadline (or of a destination without deadlines): date, memo, button. */
function StatusForm({
  name,
  status,
  now,
  onStatus,
}: {
  name: string;
  status: DestinationStatus | undefined;
  now: Date;
  onStatus: (next: StatusChange) => Promise<void>;
}) {
  const done = status?.status === 'done';
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open)
      formRef.current?.querySelector<HTMLElement>('input:not(:disabled), textarea')?.focus();
  }, [open]);
  const [doneAt, setDoneAt] = useState(status?.doneAt ?? jstDate(now));
  const [memo, setMemo] = useState(status?.memo ?? '');
  const memoId = useId();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const submit = async (next: 'todo' | 'done') => {
    setState('saving');
    try {
      await onStatus({ status: next, doneAt: next === 'done' ? doneAt : undefined, memo });
      setState('saved');
    } catch (e) {
      setError((e as Error).message);
      setState('error');
    }
  };
  if (!open)
    return (
      <div class="reporting-status-closed">
        {done && status?.memo && (
          <p class="reporting-memo">
            メモ：<bdi>{status.memo}</bdi>
          </p>
        )}
        <button type="button" class="button" aria-expanded="false" onClick={() => setOpen(true)}>
          {done ? `「${name}」の記録を変更…` : `「${name}」を対応済みにする…`}
        </button>
      </div>
    );
  return (
    <form
      ref={formRef}
      class="reporting-status-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(done ? 'todo' : 'done');
      }}
    >
      <label>
        対応した日（{name}）
        <input
          type="date"
          value={doneAt}
          onInput={(e) => setDoneAt(e.currentTarget.value)}
          disabled={done}
        />
      </label>
      <label>
        メモ（{name}）
        <textarea
          id={memoId}
          rows={2}
          {...limitProps(memoId, 'text')}
          value={memo}
          onInput={(e) => setMemo(e.currentTarget.value)}
        />
      </label>
      <CharCount inputId={memoId} kind="text" value={memo} />
      <button
        type="submit"
        class={done ? 'button' : 'button primary'}
        disabled={state === 'saving'}
      >
        {done ? `「${name}」を未対応に戻す` : `「${name}」を対応済みにする`}
      </button>
      <button type="button" class="button" onClick={() => setOpen(false)}>
        閉じる<span class="visually-hidden">（{name}）</span>
      </button>
      <p role="status" aria-live="polite" class="save-status">
        {state === 'saving' && '保存中…'}
        {state === 'saved' && '✓ 保存済み'}
        {state === 'error' && `⚠ ${error}`}
      </p>
    </form>
  );
}
