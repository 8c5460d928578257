import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { PrepProfile, StorageError } from '../../storage';
import { formatJst } from '../../lib/jst';
import { SaveStatus, type SaveState } from '../../ui/SaveStatus';
import { READINESS_ITEMS, readiness } from './checks';
import { REVIEW } from './review';
import { CHECK_ANSWER_LABELS } from './prep-labels';

/** 備えの点検: each point with where the guide says it, the score, and what is missing. */
export function ReadinessCheckForm({ profile }: { profile: PrepProfile }) {
  const savePrep = useStore((s) => s.savePrep);
  const stored = profile.check;
  const [answers, setAnswers] = useState<Record<string, 'yes' | 'no'>>(stored?.answers ?? {});
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (state === 'idle' && stored) setAnswers(stored.answers);
  }, [stored?.updatedAt]);
  const { score, total, missing } = readiness(profile, answers);

  const save = async (e: Event) => {
    e.preventDefault();
    setState('saving');
    try {
      await savePrep({ id: 'check', kind: 'check', answers, reviewedAt: new Date().toISOString() });
      setState('saved');
    } catch (err) {
      setError((err as StorageError).message);
      setState('error');
    }
  };

  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-check-title">
      <h2 id="prep-check-title">備えの点検</h2>
      <p class="prep-score" role="status">
        {total}項目のうち <strong>{score}項目</strong> ができています。
      </p>
      {stored?.reviewedAt && <p class="muted small">前回の点検: {formatJst(stored.reviewedAt)}</p>}
      <p class="muted small">
        {REVIEW.months}か月ごとに見直すと安心です（{REVIEW.source}、{REVIEW.asOf}）。
      </p>
      <ol class="prep-check">
        {READINESS_ITEMS.map((item) => {
          const auto = item.auto?.(profile);
          return (
            <li key={item.id}>
              {item.auto ? (
                <p>
                  {auto ? '✓ ' : '△ '}
                  {item.text}
                  <br />
                  <span class="small">
                    {auto ? '備えに登録済み' : 'まだ登録されていません。'}
                    {!auto && item.fillAt && <a href={item.fillAt}>登録する</a>}
                  </span>
                </p>
              ) : (
                <fieldset>
                  <legend>{item.text}</legend>
                  {(['yes', 'no'] as const).map((v) => (
                    <label key={v} class="prep-choice">
                      <input
                        type="radio"
                        name={`check-${item.id}`}
                        value={v}
                        checked={answers[item.id] === v}
                        onChange={() => {
                          setAnswers((a) => ({ ...a, [item.id]: v }));
                          setState('dirty');
                        }}
                      />
                      {CHECK_ANSWER_LABELS[v]}
                    </label>
                  ))}
                </fieldset>
              )}
              <p class="small muted">
                手引き: <a href={item.guide.href}>{item.guide.label}</a>
              </p>
            </li>
          );
        })}
      </ol>
      {missing.length > 0 && (
        <section aria-labelledby="prep-missing-title" class="notice warn">
          <h3 id="prep-missing-title">まだのこと</h3>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>{m.text}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="row prep-save">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          点検を記録する
        </button>
        <SaveStatus state={state} error={error} />
      </div>
    </form>
  );
}
