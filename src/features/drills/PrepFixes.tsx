import { usePrep } from '../prep/usePrep';
import { prepFixes } from './prep-fixes';
import type { Scenario } from './scenario-model';
import { useMessages } from '../../i18n/active';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';

/** 備えで直すところ: what this drill's steps needed that 平時の備え lacks now, with links. */
export function PrepFixes({ scenario }: { scenario: Scenario }) {
  const m = useMessages(drillsDebrief);
  const { prep, error } = usePrep();
  if (error) return <p class="notice error">{error}</p>;
  if (!prep) return <p class="muted">{m.prepLoading}</p>;
  const fixes = prepFixes(scenario, prep, m);
  return (
    <section class="card" aria-labelledby="prep-fixes-title">
      <h3 id="prep-fixes-title">{m.prepTitle}</h3>
      {fixes.length === 0 ? (
        <p>{m.prepReady}</p>
      ) : (
        <ul>
          {fixes.map((f) => (
            <li key={f.id}>
              {f.text} <a href={f.href}>{m.prepFix}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
