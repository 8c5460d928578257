import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { PrepProfile, StorageError } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { SaveStatus, type SaveState } from '../../ui/SaveStatus';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import { prepCheck } from '../../i18n/ja/prep-check';
import { READINESS_ITEMS, readiness } from './checks';
import { REVIEW } from './review';

/** 備えの点検: each point with where the guide says it, the score, and what is missing. */
export function ReadinessCheckForm({ profile }: { profile: PrepProfile }) {
  const formatJst = useFormatJst();
  const savePrep = useStore((s) => s.savePrep);
  const m = useMessages(prep);
  const c = useMessages(prepCheck);
  const text = c.items as Record<string, string>;
  const guide = c.guides as Record<string, string>;
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
      <h2 id="prep-check-title">{m.parts.check}</h2>
      <p class="prep-score" role="status">
        {c.scoreOf(total)}
        <strong>{c.scoreDone(score)}</strong>
        {c.scoreEnd}
      </p>
      {stored?.reviewedAt && <p class="muted small">{c.lastCheck(formatJst(stored.reviewedAt))}</p>}
      <p class="muted small">{c.reviewAdvice(REVIEW.months, REVIEW.asOf)}</p>
      <ol class="prep-check">
        {READINESS_ITEMS.map((item) => {
          const auto = item.auto?.(profile);
          return (
            <li key={item.id}>
              {item.auto ? (
                <p>
                  {auto ? '✓ ' : '△ '}
                  {text[item.id]}
                  <br />
                  <span class="small">
                    {auto ? c.autoDone : c.autoMissing}
                    {!auto && item.fillAt && <a href={item.fillAt}>{c.fill}</a>}
                  </span>
                </p>
              ) : (
                <fieldset>
                  <legend>{text[item.id]}</legend>
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
                      {c.answers[v]}
                    </label>
                  ))}
                </fieldset>
              )}
              <p class="small muted">
                {c.guide}
                <a href={item.guide.href}>{guide[item.id]}</a>
              </p>
            </li>
          );
        })}
      </ol>
      {missing.length > 0 && (
        <section aria-labelledby="prep-missing-title" class="notice warn">
          <h3 id="prep-missing-title">{c.missingTitle}</h3>
          <ul>
            {missing.map((i) => (
              <li key={i.id}>{text[i.id]}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="row prep-save">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          {c.submit}
        </button>
        <SaveStatus state={state} error={error} />
      </div>
    </form>
  );
}
