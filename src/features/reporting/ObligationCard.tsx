import { useState } from 'preact/hooks';
import type { Obligation } from './engine';
import type { DestinationStatus } from '../../storage/reporting-repo';
import { DeadlineLine } from './DeadlineLine';
import { daysUntil, jstDate } from './dates';
import { questionNames } from './summary';

/** Where the person can report: a contact's page (a link; never fetched). */
export interface ContactLink {
  label: string;
  url: string;
}

/** One destination that applies: why, deadlines, link, and its status (未対応 / 対応済み). */
export function ObligationCard({
  obligation: o,
  status,
  contact,
  now,
  onStatus,
}: {
  obligation: Obligation;
  status: DestinationStatus | undefined;
  contact: ContactLink | undefined;
  now: Date;
  onStatus: (next: { status: 'todo' | 'done'; doneAt?: string; memo?: string }) => Promise<void>;
}) {
  const done = status?.status === 'done';
  const overdue = !done && o.deadlines.some((d) => d.due !== null && daysUntil(d.due, now) < 0);
  const headingId = `dest-${o.destinationId}`;
  return (
    <article
      class={`card reporting-card${overdue ? ' overdue' : ''}${done ? ' done' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{o.title}</h3>
      <p class={`reporting-status ${done ? 'is-done' : 'is-todo'}`}>
        {done
          ? `✓ 対応済み（${status?.doneAt ?? '日付なし'}）`
          : overdue
            ? '⚠ 未対応・期限超過'
            : '未対応'}
      </p>
      {o.dueToUnknown.length > 0 && (
        <p class="reporting-unknown">
          {questionNames(o.dueToUnknown)}
          が「わからない」（または未回答）のため、念のため対象としています。
        </p>
      )}
      <h4>理由</h4>
      <ul class="reporting-reasons">
        {o.reasons.map((r) => (
          <li key={r.id}>
            {r.text}
            <span class="muted reporting-source">
              （根拠：{r.source}
              {!r.verified && `。未確認：${r.note ?? '公的な資料で確認できていません'}`}）
            </span>
          </li>
        ))}
      </ul>
      <h4>期限</h4>
      <ul class="reporting-deadlines">
        {o.deadlines.map((d) => (
          <DeadlineLine key={d.id} deadline={d} now={now} done={done} />
        ))}
      </ul>
      {contact && (
        <p>
          <a class="button" href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.label}（外部サイトを開く）
          </a>
        </p>
      )}
      <StatusForm title={o.title} status={status} now={now} onStatus={onStatus} />
    </article>
  );
}

function StatusForm({
  title,
  status,
  now,
  onStatus,
}: {
  title: string;
  status: DestinationStatus | undefined;
  now: Date;
  onStatus: (next: { status: 'todo' | 'done'; doneAt?: string; memo?: string }) => Promise<void>;
}) {
  const done = status?.status === 'done';
  const [doneAt, setDoneAt] = useState(status?.doneAt ?? jstDate(now));
  const [memo, setMemo] = useState(status?.memo ?? '');
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
  return (
    <form
      class="reporting-status-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(done ? 'todo' : 'done');
      }}
    >
      <label>
        対応した日（{title}）
        <input
          type="date"
          value={doneAt}
          onInput={(e) => setDoneAt(e.currentTarget.value)}
          disabled={done}
        />
      </label>
      <label>
        メモ（{title}）
        <textarea rows={2} value={memo} onInput={(e) => setMemo(e.currentTarget.value)} />
      </label>
      <button
        type="submit"
        class={done ? 'button' : 'button primary'}
        disabled={state === 'saving'}
      >
        {done ? `「${title}」を未対応に戻す` : `「${title}」を対応済みにする`}
      </button>
      <p role="status" aria-live="polite" class="save-status">
        {state === 'saving' && '保存中…'}
        {state === 'saved' && '✓ 保存済み'}
        {state === 'error' && `⚠ ${error}`}
      </p>
    </form>
  );
}
