import { drillTimeLabel } from './clock';
import { CHANNEL_LABELS, type Inject } from './scenario-model';

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
  const latest = arrived.at(-1);
  return (
    <section class="facilitator card" aria-labelledby="facilitator-title">
      <h3 id="facilitator-title">読み上げる情報</h3>
      {latest ? (
        <>
          <p class="facilitator-meta">
            T+{latest.at}分・{CHANNEL_LABELS[latest.channel]}
          </p>
          <p class="facilitator-text">{latest.text}</p>
        </>
      ) : (
        <p>まだ情報はありません。</p>
      )}
      <p class="muted">
        {next
          ? `次の情報：T+${next.at}分（あと ${drillTimeLabel(next.at * 60_000 - ms).slice(2)}）`
          : 'これで最後の情報です。'}
      </p>
    </section>
  );
}
