import { useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Obligation } from './engine';
import { decisionText } from './summary';

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
      ? '記録中…'
      : state === 'error'
        ? `⚠ ${error}`
        : upToDate
          ? state === 'saved'
            ? '✓ 対応経過に記録しました'
            : '✓ いまの判断は対応経過に記録済みです'
          : recorded
            ? '答えが変わり、記録済みの判断と違っています。確定したら記録してください。'
            : 'この判断はまだ対応経過に記録していません。答え終えたら記録してください。';
  return (
    <section class="card reporting-record" aria-labelledby="reporting-record-title">
      <h2 id="reporting-record-title">判断を対応経過に残す</h2>
      <p role="status" aria-live="polite" class="reporting-record-status">
        {message}
      </p>
      <button
        type="button"
        class={upToDate ? 'button' : 'button primary'}
        disabled={state === 'saving' || upToDate}
        onClick={() => void record()}
      >
        この判断を対応経過に記録
      </button>
    </section>
  );
}
