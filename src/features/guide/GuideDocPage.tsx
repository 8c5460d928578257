import { useRoute } from 'preact-iso';
import { loadPlaybook } from '../../content/load';
import { isIncidentPlaybook, isPlaybookFile } from '../../content/model';
import type { PlaybookFile } from '../../content/schema';
import { LoadState } from '../../ui/LoadState';
import { loadPlaybookData, type PlaybookData } from './data';
import { useLoad } from '../../ui/useLoad';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { GUIDE_TOC } from './toc';
import { PlaybookDoc } from './PlaybookDoc';
import { Rendered } from '../../ui/Rendered';
import { IntroDoc, NotesDoc, RecordItemsDoc, ReferencesDoc } from './DocPages';
import '../../ui/guidance.css';
import './guide.css';
import { useMessages } from '../../i18n/active';
import { guideDoc } from '../../i18n/ja/guide-doc';

type Doc = { kind: 'playbook'; data: PlaybookData } | { kind: 'file'; file: PlaybookFile };

async function loadDoc(id: string): Promise<Doc> {
  if (!GUIDE_TOC.some((e) => e.id === id && e.href === `/guide/${id}`))
    throw new Error(`unknown guide page "${id}"`);
  const file = await loadPlaybook(id);
  if (!isPlaybookFile(file)) throw new Error(`"${id}" is not guide text`);
  if (isIncidentPlaybook(file)) return { kind: 'playbook', data: await loadPlaybookData(id) };
  return { kind: 'file', file };
}

/** One part of the guide as a readable page (/guide/:id). */
export default function GuideDocPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const state = useLoad(`guide:${id}`, () => loadDoc(id));
  const m = useMessages(guideDoc);
  useScrollToHash(state.status === 'ready');
  if (state.status === 'loading') return <LoadState />;
  if (state.status === 'error')
    return (
      <>
        <h1>{m.pageFailed}</h1>
        <LoadState error={state.error} onRetry={state.retry} />
        <p>
          <a class="button" href="/guide">
            {m.backToToc}
          </a>
        </p>
      </>
    );
  return (
    <>
      <Doc doc={state.data} />
      <p>
        <a class="button" href="/guide">
          {m.backToToc}
        </a>
      </p>
    </>
  );
}

function Doc({ doc }: { doc: Doc }) {
  if (doc.kind === 'playbook') {
    const { playbook, playbooks, notes, contacts } = doc.data;
    const basic = playbooks.find((p) => p.kind === 'basic') ?? playbook;
    return <PlaybookDoc playbook={playbook} basic={basic} notes={notes} contacts={contacts} />;
  }
  const f = doc.file;
  switch (f.kind) {
    case 'intro':
      return <IntroDoc intro={f} />;
    case 'record-items':
      return <RecordItemsDoc items={f} />;
    case 'notes':
      return <NotesDoc notes={f} />;
    case 'references':
      return <ReferencesDoc refs={f} />;
    default:
      return (
        <h1>
          <Rendered text={f.title} />
        </h1>
      );
  }
}
