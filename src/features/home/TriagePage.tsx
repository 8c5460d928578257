import { BASIC_STEPS, INCIDENT_TYPES } from '../../content/catalog';
import { loadPlaybook } from '../../content/load';
import type { IncidentPlaybook, Triage } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { UrgentAction } from '../../ui/UrgentAction';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import '../../ui/guidance.css';
import '../guide/guide.css';
import './home.css';

const load = () =>
  Promise.all([loadPlaybook<Triage>('triage'), loadPlaybook<IncidentPlaybook>('basic')]);

/** Where a cue leads: the playbook (and cause) and its short name. */
function target(playbook: string, cause?: string) {
  const type = INCIDENT_TYPES.find((t) => t.id === playbook);
  const causeTitle = type?.causes?.find((c) => c.id === cause)?.title;
  const name = type ? type.shortTitle : BASIC_STEPS.shortTitle;
  return {
    href: `/playbooks/${playbook}${cause ? `?cause=${cause}` : ''}`,
    label: causeTitle ? `${name}（${causeTitle}）` : name,
  };
}

/** まだわからない: the basic first action, then the guide's detection cues as a short triage. */
export default function TriagePage() {
  const state = useLoad('triage', load);
  useScrollToHash(state.status === 'ready');
  if (state.status !== 'ready') return <LoadState state={state} />;
  const [triage, basic] = state.data;
  return (
    <>
      <h1>まだわからないとき</h1>
      <p class="muted">
        <Rendered text={triage.title} />？ <Rendered text={triage.intro} />
      </p>
      {basic.urgent && <UrgentAction actions={[basic.urgent]} />}
      <p>
        <a class="button block" href="/playbooks/basic">
          基本ステップ（どのインシデントにも共通の手順）を見る
        </a>
      </p>
      <h2 id="cues-title">次のどれかに当てはまりますか？</h2>
      <p>当てはまるものを選ぶと、その場合の手順を開きます。</p>
      <OriginalScope>
        <ul class="cue-list" aria-labelledby="cues-title">
          {triage.cues.map((c) => {
            const t = target(c.playbook, c.cause);
            return (
              <li key={c.id} id={c.id}>
                <a class="type-button cue" href={t.href}>
                  <Rendered text={c.text} />
                  <span class="type-hint">→ {t.label}の手順</span>
                </a>
              </li>
            );
          })}
        </ul>
      </OriginalScope>
    </>
  );
}
