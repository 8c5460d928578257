import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStore } from '../../app/store';
import '../../ui/records.css';
import { useMessages } from '../../i18n/active';
import { drillsRun } from '../../i18n/ja/drills-run';
import { Rendered, useRenderedText } from '../../ui/Rendered';
import { saveClock, startClock } from './clock';
import { SCENARIOS } from './scenarios';
import { PastDrills } from './PastDrills';
import './drills.css';
import type { Scenario } from './scenario-model';

/** 訓練: pick a scenario and a speed; starting creates an incident flagged as a drill. */
export default function DrillsPage() {
  const m = useMessages(drillsRun);
  // The scenario's title as shown: the drill's record is written in the language on screen.
  const render = useRenderedText();
  const { route } = useLocation();
  const init = useStore((s) => s.initIncidents);
  const start = useStore((s) => s.startIncident);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => init(), [init]);

  const begin = async (s: Scenario) => {
    setBusy(true);
    setError(null);
    try {
      const incident = await start({
        title: m.incidentTitle(render(s.title)),
        types: s.types,
        causes: s.causes ?? [],
        discoveredAt: new Date().toISOString(),
        log: m.startedLog(render(s.title)),
        drill: s.id,
      });
      saveClock(incident.id, startClock(1, Date.now()));
      route(`/incidents/${incident.id}/drill`);
    } catch {
      setError(m.startError);
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {SCENARIOS.map((s) => (
        <section key={s.id} class="card" aria-labelledby={`drill-${s.id}`}>
          <h2 id={`drill-${s.id}`}>
            <Rendered text={s.title} />
          </h2>
          <p class="muted">{m.plannedMinutes(s.minutes)}</p>
          <button
            type="button"
            class="button primary"
            disabled={busy}
            aria-describedby={`drill-${s.id}`}
            onClick={() => void begin(s)}
          >
            {m.start}
          </button>
        </section>
      ))}
      <PastDrills />
    </>
  );
}
