import { useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Obligation } from './engine';
import { decisionText } from './summary';
import { useLanguage, useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';

/**
 * 「この判断を対応経過に記録」: writes the current reporting decision into the timeline
 * when the person asks (not on every answer), computed from the answers as stored.
 * One message says where things stand; the button is disabled while the recorded
 * decision is the current one.
 */
export function RecordDecision({
  incidentId,
  obligations,
  recorded,
}: {
  incidentId: string;
  obligations: readonly Obligation[];
  /** The decision text last recorded, if any. */
  recorded: string | undefined;
}) {
  const recordDecision = useStore((s) => s.recordDecision);
  const m = useMessages(reporting);
  const language = useLanguage();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const current = decisionText(obligations);
  const upToDate = recorded === current;
  const record = async () => {
    setState('saving');
    try {
      await recordDecision(incidentId);
      setState('saved');
    } catch (e) {
      setError((e as Error).message);
      setState('error');
    }
  };
  const message =
    state === 'saving'
      ? m.recording
      : state === 'error'
        ? m.failed(error)
        : upToDate
          ? state === 'saved'
            ? m.recorded
            : m.upToDate
          : recorded
            ? m.changed
            : m.notRecorded;
  return (
    <section class="card reporting-record" aria-labelledby="reporting-record-title">
      <h2 id="reporting-record-title">{m.recordTitle}</h2>
      {/* The recorded text is the Japanese one (quoted in reports to Japanese authorities). */}
      {language !== 'ja' && <p class="muted">{m.recordNote}</p>}
      <p role="status" aria-live="polite" class="reporting-record-status">
        {message}
      </p>
      <button
        type="button"
        class={upToDate ? 'button' : 'button primary'}
        disabled={state === 'saving' || upToDate}
        onClick={() => void record()}
      >
        {m.recordButton}
      </button>
    </section>
  );
}
