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

/** A playbook to follow: the most urgent action first, then the phases in order. */
export default function PlaybookPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const state = useLoad(playbookKey(id), () => loadPlaybookData(id));
  useScrollToHash(state.status === 'ready');
  if (state.status === 'loading') return <LoadState />;
  if (state.status === 'error')
    return (
      <>
        <h1>手順を表示できません</h1>
        <LoadState error={state.error} onRetry={state.retry} />
        <p>
          <a class="button" href="/">
            ホームへ戻る
          </a>
        </p>
      </>
    );
  return <Playbook data={state.data} cause={query.cause} />;
}

function Playbook({ data, cause: causeParam }: { data: PlaybookData; cause?: string }) {
  const { playbook, playbooks, notes, contacts } = data;
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
        {cause && <span class="h1-sub">（原因：{cause.title}）</span>}
      </h1>
      <UrgentAction actions={urgent} />
      <p>
        <a class="button primary block" href={start}>
          対応を開始（記録をつける）
        </a>
      </p>
      {playbook.causes && (
        <CausePicker playbookId={playbook.id} causes={playbook.causes} current={cause?.id} />
      )}
      <nav class="steps" aria-label="対応の流れ">
        <ol>
          {phases.map((ph, i) => (
            <li key={ph.phase}>
              <a href={`#phase-${ph.phase}`}>
                ステップ{i + 1}：<Rendered text={ph.title} />
              </a>
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
        <a href={`/guide/${playbook.id}`}>手引きの本文で読む</a>
      </p>
    </article>
  );
}
