import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CharCount, limitProps } from '../../ui/CharCount';
import type { Deadline, Obligation } from './engine';
import type { DestinationStatus } from '../../storage/reporting-repo';
import { ExternalLink } from '../../ui/ExternalLink';
import { DeadlineLine } from './DeadlineLine';
import { SourcedList, SourceNote } from './SourceNote';
import { daysUntil, jstDate } from './dates';
import {
  deadlineKey,
  isDeadlineDone,
  isObligationDone,
  latenessOf,
  questionNames,
} from './summary';
import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import { reportingQuestions } from '../../i18n/ja/reporting-questions';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import type { RuleText } from './words';

/** Where the person can report: a contact's page (a link; never fetched). */
export interface ContactLink {
  label: string;
  url: string;
  /** The label's parts as written in the playbooks (org, service), each rendered on its own. */
  parts?: readonly string[];
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
  tr,
}: {
  obligation: Obligation;
  statuses: Readonly<Record<string, DestinationStatus>>;
  contact: ContactLink | undefined;
  now: Date;
  onStatus: (deadline: Deadline | null, next: StatusChange) => Promise<void>;
  /** The rule texts in the language on screen. */
  tr: RuleText;
}) {
  const m = useMessages(reporting);
  const q = useMessages(reportingQuestions);
  const done = isObligationDone(o, statuses);
  const doneOf = (d: Deadline) => isDeadlineDone(statuses, o.destinationId, d.id);
  const lateness = (d: Deadline) =>
    doneOf(d) || d.due === null ? 'on-time' : latenessOf(d.basis, daysUntil(d.due, now));
  const overdue = o.deadlines.some((d) => lateness(d) === 'overdue');
  const pastTarget = !overdue && o.deadlines.some((d) => lateness(d) === 'past-target');
  const partly = o.deadlines.filter(doneOf).map((d) => tr(d.label));
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
      <h3 id={headingId}>{tr(o.title)}</h3>
      <p class={`reporting-status ${done ? 'is-done' : 'is-todo'}`}>
        {done
          ? o.deadlines.length <= 1
            ? m.statusDone(single?.doneAt ?? m.noDoneDate)
            : m.statusAllDone
          : overdue
            ? m.statusOverdue
            : pastTarget
              ? m.statusPastTarget
              : partly.length > 0
                ? m.statusPartly(partly.join(m.separator))
                : m.statusTodo}
      </p>
      {o.dueToUnknown.length > 0 && (
        <p class="reporting-unknown">{m.dueToUnknown(questionNames(o.dueToUnknown, q))}</p>
      )}
      {/* The rules' sentences, with the 「原文」 toggle in another language than Japanese. */}
      <OriginalScope>
        <h4>{m.reasonsTitle}</h4>
        {o.alternatives && (
          <p class="reporting-any">
            {m.anyOf[o.kind]}
            {o.reasons.some((r) => r.state === 'unknown') && m.anyOfKey}
            {m.colon}
          </p>
        )}
        <ul class={`reporting-reasons${o.alternatives ? ' is-any' : ''}`}>
          {o.reasons.map((r) => (
            <li key={r.id} class={r.state === 'unknown' ? 'is-unknown' : 'is-met'}>
              {o.alternatives && (
                <span class="reporting-mark">
                  {r.state === 'unknown' ? '？' : '✓'}
                  <span class="visually-hidden">
                    {r.state === 'unknown' ? m.markUnknown : m.markMet}
                  </span>{' '}
                </span>
              )}
              <Rendered text={r.text} />
              <SourceNote source={r.source} verified={r.verified} />
            </li>
          ))}
        </ul>
        {o.notices.length > 0 && (
          <>
            <h4>{m.noticesTitle}</h4>
            <SourcedList class="reporting-notices" items={o.notices} />
          </>
        )}
        <h4>{m.deadlinesTitle}</h4>
        <ul class="reporting-deadlines">
          {o.deadlines.map((d) => (
            <DeadlineLine
              key={d.id}
              deadline={d}
              now={now}
              done={doneOf(d)}
              doneAt={statusOf(d)?.doneAt}
              tr={tr}
            />
          ))}
        </ul>
      </OriginalScope>
      {contact && (
        <p>
          <ExternalLink class="button" href={contact.url}>
            {contact.parts ? contact.parts.map(tr).join(' ') : tr(contact.label)}
          </ExternalLink>
        </p>
      )}
      {o.deadlines.length <= 1 ? (
        <StatusForm
          name={tr(o.title)}
          status={single}
          now={now}
          onStatus={(next) => onStatus(o.deadlines[0] ?? null, next)}
        />
      ) : (
        o.deadlines.map((d) => (
          <StatusForm
            key={d.id}
            name={tr(d.label)}
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
  const m = useMessages(reporting);
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
            {m.memoShown}
            <bdi>{status.memo}</bdi>
          </p>
        )}
        <button type="button" class="button" aria-expanded="false" onClick={() => setOpen(true)}>
          {done ? m.changeRecord(name) : m.openMarkDone(name)}
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
        {m.doneDate(name)}
        <input
          type="date"
          value={doneAt}
          onInput={(e) => setDoneAt(e.currentTarget.value)}
          disabled={done}
        />
      </label>
      <label>
        {m.memo(name)}
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
        {done ? m.markTodo(name) : m.markDone(name)}
      </button>
      <button type="button" class="button" onClick={() => setOpen(false)}>
        {m.close}
        <span class="visually-hidden">{m.inParens(name)}</span>
      </button>
      <p role="status" aria-live="polite" class="save-status">
        {state === 'saving' && m.saving}
        {state === 'saved' && m.saved}
        {state === 'error' && m.failed(error)}
      </p>
    </form>
  );
}
