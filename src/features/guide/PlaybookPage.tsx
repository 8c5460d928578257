import { useRoute } from 'preact-iso';
import { checklistFor, urgentFor } from '../../content/checklist';
import { LoadState } from '../../ui/LoadState';
import { loadPlaybookData, playbookKey, type PlaybookData } from './data';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { UrgentAction } from '../../ui/UrgentAction';
import { Rendered } from '../../ui/Rendered';
import { CausePicker } from './CausePicker';
import { PhaseView } from './PhaseView';
import '../../ui/guidance.css';
import './guide.css';
import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';
import { home } from '../../i18n/ja/home';

/** A playbook to follow: the most urgent action first, then the phases in order. */
export default function PlaybookPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const state = useLoad(playbookKey(id), () => loadPlaybookData(id));
  const m = useMessages(guide);
  useScrollToHash(state.status === 'ready');
  if (state.status === 'loading') return <LoadState />;
  if (state.status === 'error')
    return (
      <>
        <h1>{m.playbookFailed}</h1>
        <LoadState error={state.error} onRetry={state.retry} />
        <p>
          <a class="button" href="/">
            {m.home}
          </a>
        </p>
      </>
    );
  return <Playbook data={state.data} cause={query.cause} />;
}

function Playbook({ data, cause: causeParam }: { data: PlaybookData; cause?: string }) {
  const { playbook, playbooks, notes, contacts } = data;
  const m = useMessages(guide);
  const causeNames: Readonly<Record<string, string>> = useMessages(home).causes;
  const cause = playbook.causes?.find((c) => c.id === causeParam);
  const typeIds = playbook.kind === 'basic' ? [] : [playbook.id];
  const causes = cause ? [cause.id] : undefined;
  const phases = checklistFor(playbooks, typeIds, causes);
  const urgent = urgentFor(playbooks, [playbook.id], causes);
  const start =
    playbook.kind === 'basic'
      ? '/incidents/new'
      : `/incidents/new?type=${playbook.id}${cause ? `&cause=${cause.id}` : ''}`;
  return (
    <article class="playbook">
      <h1>
        <Rendered text={playbook.title} />
        {cause && <span class="h1-sub">{m.narrowedTo(causeNames[cause.id] ?? cause.title)}</span>}
      </h1>
      <UrgentAction actions={urgent} />
      <p>
        <a class="button primary block" href={start}>
          {m.start}
        </a>
      </p>
      {playbook.causes && (
        <CausePicker playbookId={playbook.id} causes={playbook.causes} current={cause?.id} />
      )}
      <nav class="steps" aria-label={m.flow}>
        <ol>
          {phases.map((ph, i) => (
            <li key={ph.phase}>
              <a href={`#phase-${ph.phase}`}>{m.stepTitle(i + 1, m.phases[ph.phase])}</a>
            </li>
          ))}
        </ol>
      </nav>
      {phases.map((ph, i) => (
        <PhaseView
          key={ph.phase}
          phase={ph}
          step={i + 1}
          anchor={playbook.phases.find((p) => p.phase === ph.phase)?.id}
          notes={notes}
          contacts={contacts}
        />
      ))}
      <p>
        <a href={`/guide/${playbook.id}`}>{m.readInGuide}</a>
      </p>
    </article>
  );
}
