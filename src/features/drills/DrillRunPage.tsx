import { useEffect, useRef } from 'preact/hooks';
import { Loading } from '../incidents/IncidentPage';
import { IncidentNav } from '../incidents/IncidentNav';
import { useOpenIncident } from '../incidents/useOpenIncident';
import { SPEEDS, drillTimeLabel, dueInjects } from './clock';
import { CHANNEL_LABELS, type Scenario } from './scenario-model';
import { scenarioById } from './scenarios';
import { useDrillClock } from './useDrillClock';
import { DrillBanner } from './DrillBanner';

/** A drill in progress: the clock (pause, speed) and the injects that have arrived, newest first. */
export default function DrillRunPage(props: Record<string, unknown>) {
  const id = String(props.id);
  const { open, error } = useOpenIncident(id);
  const drill = open?.incident.drill;
  const scenario = drill ? scenarioById(drill) : undefined;
  if (!open) return <Loading error={error} />;
  if (!drill) {
    return (
      <>
        <h1>
          <bdi>{open.incident.title}</bdi>
        </h1>
        <p class="notice">この記録は訓練ではありません。</p>
        <a href={`/incidents/${id}`}>チェックリストへ</a>
      </>
    );
  }
  return (
    <>
      <DrillBanner id={id} />
      <h1>
        <bdi>{open.incident.title}</bdi>
      </h1>
      <IncidentNav id={id} current="/drill" />
      {scenario ? (
        <DrillRun id={id} scenario={scenario} />
      ) : (
        <p class="notice error" role="alert">
          この訓練の台本は、このバージョンのアプリにはありません。訓練の記録は失われていません。
        </p>
      )}
    </>
  );
}

function DrillRun({ id, scenario }: { id: string; scenario: Scenario }) {
  const clock = useDrillClock(id);
  const arrived = dueInjects(scenario, clock.ms);
  const ended = clock.ms >= scenario.minutes * 60_000;
  const count = useRef(arrived.length);
  useEffect(() => {
    // A new inject: vibrate where the browser allows (the list also announces it).
    if (arrived.length > count.current) navigator.vibrate?.(200);
    count.current = arrived.length;
  }, [arrived.length]);
  return (
    <section aria-labelledby="drill-run-title">
      <h2 id="drill-run-title">訓練の進行</h2>
      <p>
        <span aria-label="訓練の経過時間">{drillTimeLabel(clock.ms)}</span>{' '}
        <span class="muted">
          {clock.running ? '進行中' : '一時停止中'}・
          {clock.speed === 1 ? '実時間' : `${clock.speed}倍速`}
          ・予定 {scenario.minutes} 分
        </span>
      </p>
      <div class="row">
        {clock.running ? (
          <button type="button" class="button" onClick={clock.pause}>
            一時停止
          </button>
        ) : (
          <button type="button" class="button primary" onClick={clock.resume}>
            再開
          </button>
        )}
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            class="button"
            aria-pressed={clock.speed === s}
            onClick={() => clock.setSpeed(s)}
          >
            {s === 1 ? '実時間' : `${s}倍速`}
          </button>
        ))}
      </div>
      {ended && (
        <p class="notice" role="status">
          予定の時間になりました。ふりかえりで、かかった時間と抜けた手順を確かめましょう。
        </p>
      )}
      <h3>届いた情報</h3>
      {arrived.length === 0 && <p class="muted">最初の情報を待っています…</p>}
      <ol aria-live="polite" aria-label="届いた情報">
        {arrived
          .map((inj, i) => (
            <li key={i}>
              <p class="muted small">
                T+{inj.at}分・{CHANNEL_LABELS[inj.channel]}
              </p>
              <p>{inj.text}</p>
            </li>
          ))
          .reverse()}
      </ol>
      <a class="button primary" href={`/incidents/${id}`}>
        チェックリストで対応する
      </a>
    </section>
  );
}
