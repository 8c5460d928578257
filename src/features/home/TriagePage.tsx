import { INCIDENT_TYPES } from '../../content/catalog';
import { loadPlaybook } from '../../content/load';
import type { IncidentPlaybook, Triage } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { UrgentAction } from '../../ui/UrgentAction';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import type { MessagesOf } from '../../i18n/namespace';
import { home } from '../../i18n/ja/home';
import { homeTriage } from '../../i18n/ja/home-triage';
import '../../ui/guidance.css';
import '../guide/guide.css';
import './home.css';

const load = () =>
  Promise.all([loadPlaybook<Triage>('triage'), loadPlaybook<IncidentPlaybook>('basic')]);

/** The names a cue's target is told by: home's type and cause names, and this page's. */
interface Names {
  types: Readonly<Record<string, string>>;
  causes: Readonly<Record<string, string>>;
  t: MessagesOf<(typeof homeTriage)['ja']>;
}

/** Where a cue leads: the playbook (and cause) and its short name. */
function target(names: Names, playbook: string, cause?: string) {
  const type = INCIDENT_TYPES.find((t) => t.id === playbook);
  const known = type?.causes?.find((c) => c.id === cause);
  const name = type ? (names.types[type.id] ?? type.shortTitle) : names.t.basic;
  return {
    href: `/playbooks/${playbook}${cause ? `?cause=${cause}` : ''}`,
    label: known ? names.t.withCause(name, names.causes[known.id] ?? known.title) : name,
  };
}

/** まだわからない: the basic first action, then the guide's detection cues as a short triage. */
export default function TriagePage() {
  const state = useLoad('triage', load);
  const t = useMessages(homeTriage);
  const h = useMessages(home);
  const names: Names = { types: h.types, causes: h.causes, t };
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
            const to = target(names, c.playbook, c.cause);
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
