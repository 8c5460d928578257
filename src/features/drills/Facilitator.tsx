import { useMessages } from '../../i18n/active';
import { drillsRun } from '../../i18n/ja/drills-run';
import { Rendered } from '../../ui/Rendered';
import { drillTimeLabel } from './clock';
import type { Inject } from './scenario-model';

/**
 * 進行役の画面: the newest inject in large text, to read aloud to the group (the others
 * follow on their own phones), and when the next one is due in drill time.
 */
export function Facilitator({
  arrived,
  next,
  ms,
}: {
  arrived: readonly Inject[];
  next: Inject | undefined;
  ms: number;
}) {
  const m = useMessages(drillsRun);
  const latest = arrived.at(-1);
  return (
    <section class="facilitator card" aria-labelledby="facilitator-title">
      <h3 id="facilitator-title">{m.readAloud}</h3>
      {latest ? (
        <>
          <p class="facilitator-meta">{m.injectMeta(latest.at, m.channels[latest.channel])}</p>
          <p class="facilitator-text">
            <Rendered text={latest.text} />
          </p>
        </>
      ) : (
        <p>{m.noInjectYet}</p>
      )}
      <p class="muted">
        {next
          ? m.nextInject(next.at, drillTimeLabel(next.at * 60_000 - ms).slice(2))
          : m.lastInject}
      </p>
    </section>
  );
}
