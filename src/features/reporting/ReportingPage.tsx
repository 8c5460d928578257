import { useEffect, useMemo, useState } from 'preact/hooks';
import { getIncident, getResponderName, onRemoteChange, type Incident } from '../../storage';
import {
  loadReporting,
  saveAnswer,
  saveDestinationStatus,
  type ReportingRecord,
} from '../../storage/reporting-repo';
import { loadPlaybook } from '../../content/load';
import type { Contacts } from '../../content/schema';
import { effectiveAnswers, evaluate, type Deadline, type Obligation } from './engine';
import { Questionnaire } from './Questionnaire';
import { ResultList } from './ResultList';
import type { ContactLink, StatusChange } from './ObligationCard';
import type { Answers, QuestionId } from './questions';
import { deadlineKey } from './summary';
import { RecordDecision } from './RecordDecision';
import { reportingRules } from './rules';
import './reporting.css';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** 報告・届出: the questionnaire and, below it, every report owed, why, and by when. */
export default function ReportingPage({ id }: { id: string }) {
  const [incident, setIncident] = useState<Incident | null | undefined>(undefined);
  const [record, setRecord] = useState<ReportingRecord | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState('');
  const [contacts, setContacts] = useState<Map<string, ContactLink>>(new Map());
  const [now, setNow] = useState(() => new Date());

  const reload = () =>
    Promise.all([getIncident(id), loadReporting(id)]).then(
      ([i, r]) => {
        setIncident(i ?? null);
        setRecord(r);
        setNow(new Date());
      },
      (e: Error) => setLoadError(e.message),
    );

  useEffect(() => {
    void reload();
    const off = onRemoteChange((m) => {
      if (m.incidentId === id && (m.part === 'reporting' || m.part === 'incident')) void reload();
    });
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      off();
      clearInterval(tick);
    };
  }, [id]);

  useEffect(() => {
    loadPlaybook<Contacts>('contacts').then(
      (c) =>
        setContacts(
          new Map(
            c.groups.flatMap((g) =>
              g.contacts.map((x) => [x.id, { label: `${x.org} ${x.service}`, url: x.url }]),
            ),
          ),
        ),
      () => setContacts(new Map()),
    );
  }, []);

  const answers = (record?.answers ?? {}) as Answers;
  const obligations = useMemo(
    () =>
      incident ? evaluate(answers, incident.discoveredAt, incident.types, incident.causes) : [],
    [incident, record],
  );

  if (loadError) return <p class="notice error">{loadError}</p>;
  if (incident === undefined || !record) return <p aria-busy="true">読み込み中…</p>;
  if (incident === null) return <p class="notice error">この対応記録は見つかりませんでした。</p>;

  const onAnswer = async (questionId: QuestionId, value: string) => {
    const next = { ...record.answers, [questionId]: value };
    setRecord({ ...record, answers: next });
    setSaveState('saving');
    try {
      await saveAnswer({ incidentId: id, questionId, value, by: await getResponderName() });
      setSaveState('saved');
    } catch (e) {
      // The choice stays on screen; saving can be retried by choosing again.
      setSaveError((e as Error).message);
      setSaveState('error');
    }
  };

  const onStatus = async (o: Obligation, deadline: Deadline | null, next: StatusChange) => {
    const saved = await saveDestinationStatus({
      incidentId: id,
      destinationId: o.destinationId,
      label: o.title,
      ...(deadline ? { deadlineId: deadline.id, deadlineLabel: deadline.label } : {}),
      ...next,
      by: await getResponderName(),
    });
    const key = deadline ? deadlineKey(o.destinationId, deadline.id) : o.destinationId;
    setRecord((r) => (r ? { ...r, statuses: { ...r.statuses, [key]: saved } } : r));
  };

  return (
    <>
      <h1>{incident.title}</h1>
      <p>
        <a href={`/incidents/${id}`}>← この対応記録に戻る</a>
      </p>
      <h2>報告・届出</h2>
      <p class="muted">
        どこに、なぜ、いつまでに報告するかを、答えから判断します。法令の確認日：
        {reportingRules.asOf}。最終的な判断は、必要に応じて専門家や報告先に確認してください。
      </p>
      <details class="reporting-questionnaire" open>
        <summary>質問に答える（{Object.keys(record.answers).length} 問回答済み）</summary>
        <Questionnaire
          answers={answers}
          derived={effectiveAnswers(answers, incident.types, incident.causes).derived}
          onAnswer={(q, v) => void onAnswer(q, v)}
        />
      </details>
      <p role="status" aria-live="polite" class="save-status">
        {saveState === 'saving' && '保存中…'}
        {saveState === 'saved' && '✓ 保存済み'}
        {saveState === 'error' && `⚠ ${saveError}`}
      </p>
      <ResultList
        incident={incident}
        obligations={obligations}
        statuses={record.statuses}
        contacts={contacts}
        now={now}
        onStatus={onStatus}
      />
      <RecordDecision
        incidentId={id}
        obligations={obligations}
        recorded={record.decision}
        onRecorded={(decision) => setRecord((r) => (r ? { ...r, decision } : r))}
      />
    </>
  );
}
