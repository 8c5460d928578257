import { usePrep } from '../prep/usePrep';
import { prepFixes } from './prep-fixes';
import type { Scenario } from './scenario-model';

/** 備えで直すところ: what this drill's steps needed that 平時の備え lacks now, with links. */
export function PrepFixes({ scenario }: { scenario: Scenario }) {
  const { prep, error } = usePrep();
  if (error) return <p class="notice error">{error}</p>;
  if (!prep) return <p class="muted">備えを読み込んでいます…</p>;
  const fixes = prepFixes(scenario, prep);
  return (
    <section class="card" aria-labelledby="prep-fixes-title">
      <h3 id="prep-fixes-title">備えで直すところ（いまの備えから）</h3>
      {fixes.length === 0 ? (
        <p>この訓練で使う連絡先と備えは、登録されています。</p>
      ) : (
        <ul>
          {fixes.map((f) => (
            <li key={f.id}>
              {f.text} <a href={f.href}>備えで直す</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
