import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChecklist } from '../incidents/useChecklist';
import { Debrief } from './Debrief';
import { Loading } from '../incidents/IncidentPage';
import { IncidentNav } from '../incidents/IncidentNav';
import { useOpenIncident } from '../incidents/useOpenIncident';
import { SPEEDS, drillTimeLabel, dueInjects, speedLabel } from './clock';
import { CHANNEL_LABELS, type Scenario } from './scenario-model';
import { scenarioById } from './scenarios';
import { useDrillClock } from './useDrillClock';
import { DrillBanner } from './DrillBanner';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Facilitator } from './Facilitator';
import { announceInject, setSound, soundOn } from './inject-alert';
import './drills.css';

/** A drill in progress: the clock (pause, speed) and the injects that have arrived, newest first. */
export default function DrillRunPage(props: Record<string, unknown>) {
  const id = String(props.id);
  const { open, error } = useOpenIncident(id);
  const drill = open?.incident.drill;
  const scenario = drill ? scenarioById(drill) : undefined;
  const { checklist } = useChecklist(open?.incident.types, open?.incident.causes);
  if (!open) return <Loading error={error} />;
  return (
    <>
      <DrillBanner id={id} />
      <h1>
        <bdi>{open.incident.title}</bdi>
      </h1>
      <IncidentNav id={id} current="/drill" />
      {scenario ? (
        <DrillRun id={id} scenario={scenario}>
          {checklist && <Debrief scenario={scenario} open={open} checklist={checklist} />}
        </DrillRun>
      ) : (
        <p class="notice">この記録には、このアプリの訓練の台本がありません。</p>
      )}
    </>
  );
}

/** The clock and the injects; `children` (the debrief) once the planned time is over. */
function DrillRun({
  id,
  scenario,
  children,
}: {
  id: string;
  scenario: Scenario;
  children: ComponentChildren;
}) {
  const clock = useDrillClock(id);
  const arrived = dueInjects(scenario, clock.ms);
  const planned = scenario.minutes * 60_000;
  const ended = clock.ms >= planned;
  const [sound, setSoundState] = useState(soundOn);
  const [facilitator, setFacilitator] = useState(false);
  // Injects already there when the page opens (a reload) are not announced again.
  const seen = useRef(arrived.length);
  // Nor are the ones a drill ended early brings all at once.
  const endedEarly = clock.endedAt !== undefined;
  useEffect(() => {
    if (arrived.length > seen.current && !endedEarly) announceInject(sound);
    seen.current = arrived.length;
  }, [arrived.length, sound, endedEarly]);
  return (
    <section aria-labelledby="drill-run-title">
      <h2 id="drill-run-title">訓練の進行</h2>
      {clock.endedAt === undefined ? (
        <>
          <p>
            <span aria-label="訓練の経過時間">{drillTimeLabel(clock.ms)}</span>{' '}
            <span class="muted">
              {clock.running ? '進行中' : '一時停止中'}・{speedLabel(clock.speed)}
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
                {speedLabel(s)}
              </button>
            ))}
          </div>
          {!ended && (
            <ConfirmButton
              label="訓練を終える…"
              question={`訓練をここで終えますか？時計を予定の終わり（${drillTimeLabel(planned)}）まで進め、ふりかえりをすぐに表示します。ここまでの対応にかかった時間はそのまま残り、まだの手順は「まだ」として数えます。`}
              confirmLabel="訓練を終える"
              onConfirm={() => clock.end(planned)}
            />
          )}
        </>
      ) : (
        <p role="status">
          訓練を <span aria-label="終えた時点">{drillTimeLabel(clock.endedAt)}</span>{' '}
          で終えました（予定 {scenario.minutes} 分）。
        </p>
      )}
      <label class="drill-option">
        <input
          type="checkbox"
          checked={sound}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSound(on);
            setSoundState(on);
          }}
        />
        情報が届いたら音でも知らせる（振動は対応する端末で常に）
      </label>
      <button
        type="button"
        class="button"
        aria-pressed={facilitator}
        onClick={() => setFacilitator((f) => !f)}
      >
        進行役の画面（大きな文字）
      </button>
      {facilitator && (
        <Facilitator arrived={arrived} next={scenario.injects[arrived.length]} ms={clock.ms} />
      )}
      <h3>届いた情報</h3>
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
      {ended && children}
    </section>
  );
}
