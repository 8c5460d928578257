import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChecklist } from '../incidents/useChecklist';
import { Debrief } from './Debrief';
import { Loading } from '../incidents/IncidentPage';
import { IncidentNav } from '../incidents/IncidentNav';
import { useOpenIncident } from '../incidents/useOpenIncident';
import { SPEEDS, drillTimeLabel, dueInjects, type Speed } from './clock';
import type { Scenario } from './scenario-model';
import { scenarioById } from './scenarios';
import { useDrillClock } from './useDrillClock';
import { DrillBanner } from './DrillBanner';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Facilitator } from './Facilitator';
import { announceInject, setSound, soundOn } from './inject-alert';
import { useMessages } from '../../i18n/active';
import { drillsRun } from '../../i18n/ja/drills-run';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import './drills.css';

/** A drill in progress: the clock (pause, speed) and the injects that have arrived, newest first. */
export default function DrillRunPage(props: Record<string, unknown>) {
  const m = useMessages(drillsRun);
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
        <p class="notice">{m.noScenario}</p>
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
  const m = useMessages(drillsRun);
  const speedLabel = (s: Speed) => (s === 1 ? m.realTime : m.faster(s));
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
      <h2 id="drill-run-title">{m.runTitle}</h2>
      {clock.endedAt === undefined ? (
        <>
          <p>
            <span aria-label={m.elapsed}>{drillTimeLabel(clock.ms)}</span>{' '}
            <span class="muted">
              {[
                clock.running ? m.running : m.paused,
                speedLabel(clock.speed),
                m.planned(scenario.minutes),
              ].join(m.separator)}
            </span>
          </p>
          <div class="row">
            {clock.running ? (
              <button type="button" class="button" onClick={clock.pause}>
                {m.pause}
              </button>
            ) : (
              <button type="button" class="button primary" onClick={clock.resume}>
                {m.resume}
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
              label={m.end}
              question={m.endQuestion(drillTimeLabel(planned))}
              confirmLabel={m.endConfirm}
              onConfirm={() => clock.end(planned)}
            />
          )}
        </>
      ) : (
        <p role="status">
          {m.endedBefore}
          <span aria-label={m.endedAt}>{drillTimeLabel(clock.endedAt)}</span>
          {m.endedAfter(scenario.minutes)}
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
        {m.sound}
      </label>
      <button
        type="button"
        class="button"
        aria-pressed={facilitator}
        onClick={() => setFacilitator((f) => !f)}
      >
        {m.facilitator}
      </button>
      {facilitator && (
        <Facilitator arrived={arrived} next={scenario.injects[arrived.length]} ms={clock.ms} />
      )}
      <h3>{m.arrived}</h3>
      <OriginalScope>
        <ol aria-live="polite" aria-label={m.arrived}>
          {arrived
            .map((inj, i) => (
              <li key={i}>
                <p class="muted small">{m.injectMeta(inj.at, m.channels[inj.channel])}</p>
                <p>
                  <Rendered text={inj.text} />
                </p>
              </li>
            ))
            .reverse()}
        </ol>
      </OriginalScope>
      <a class="button primary" href={`/incidents/${id}`}>
        {m.toChecklist}
      </a>
      {ended && children}
    </section>
  );
}
