import { loadPlaybook } from '../../content/load';
import type { IncidentPlaybook, Triage } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { UrgentAction } from '../../ui/UrgentAction';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import type { MessagesOf } from '../../i18n/namespace';
import { homeTriage } from '../../i18n/ja/home-triage';
import '../../ui/guidance.css';
import '../guide/guide.css';
import './home.css';

const load = () =>
  Promise.all([loadPlaybook<Triage>('triage'), loadPlaybook<IncidentPlaybook>('basic')]);

/** Where a cue leads: the playbook (and cause) and the name of its steps. */
function target(t: MessagesOf<(typeof homeTriage)['ja']>, playbook: string, cause?: string) {
  const steps = t.steps as Readonly<Record<string, string>>;
  const causeSteps = t.causeSteps as Readonly<Record<string, string>>;
  return {
    href: `/playbooks/${playbook}${cause ? `?cause=${cause}` : ''}`,
    label: (cause && causeSteps[cause]) || steps[playbook] || t.steps.basic,
  };
}

/** まだわからない: the basic first action, then the guide's detection cues as a short triage. */
export default function TriagePage() {
  const state = useLoad('triage', load);
  const t = useMessages(homeTriage);
  useScrollToHash(state.status === 'ready');
  if (state.status !== 'ready') return <LoadState state={state} />;
  const [triage, basic] = state.data;
  return (
    <>
      <h1>{t.title}</h1>
      <OriginalScope>
        <p class="muted">
          <Rendered text={triage.title} />
          {t.questionMark} <Rendered text={triage.intro} />
        </p>
      </OriginalScope>
      {basic.urgent && <UrgentAction actions={[basic.urgent]} />}
      <p>
        <a class="button block" href="/playbooks/basic">
          {t.basicSteps}
        </a>
      </p>
      <h2 id="cues-title">{t.cuesTitle}</h2>
      <p>{t.cuesIntro}</p>
      <OriginalScope>
        <ul class="cue-list" aria-labelledby="cues-title">
          {triage.cues.map((c) => {
            const to = target(t, c.playbook, c.cause);
            return (
              <li key={c.id} id={c.id}>
                <a class="type-button cue" href={to.href}>
                  <Rendered text={c.text} />
                  <span class="type-hint">{t.leadsTo(to.label)}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </OriginalScope>
    </>
  );
}
