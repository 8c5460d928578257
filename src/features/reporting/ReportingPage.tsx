import { IncidentNav } from '../incidents/IncidentNav';
import { DrillBanner } from '../drills/DrillBanner';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import { loadPlaybook } from '../../content/load';
import type { Contacts } from '../../content/schema';
import { useOpenIncident } from '../incidents/useOpenIncident';
import { incidentNow } from '../drills/drill-time';
import { effectiveAnswers, evaluate, type Deadline, type Obligation } from './engine';
import { Questionnaire } from './Questionnaire';
import { ResultList } from './ResultList';
import { ResultOverview } from './ResultOverview';
import type { ContactLink, StatusChange } from './ObligationCard';
import type { Answers, QuestionId } from './questions';
import { RecordDecision } from './RecordDecision';
import { reportingRules } from './rules';
import { useRuleText } from './use-rule-text';
import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import '../../ui/records.css';
import './reporting.css';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** 報告・届出: the result first (owed, open, not needed; nearest deadline), then the questions, then each destination in detail. */
export default function ReportingPage({ id }: { id: string }) {
  // The incident and its reporting record come from the store, which keeps both fresh
  // when another tab writes.
  const { open, error: incidentError } = useOpenIncident(id);
  const record = useStore((s) => s.reporting[id]);
  const recordError = useStore((s) => s.reportingErrors[id]);
  const loadReporting = useStore((s) => s.loadReporting);
  const saveAnswer = useStore((s) => s.saveAnswer);
  const saveDestinationStatus = useStore((s) => s.saveDestinationStatus);
  const m = useMessages(reporting);
  // The timeline entry names the destination and deadline as the screen does.
  const rule = useRuleText();
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState('');
  const [contacts, setContacts] = useState<Map<string, ContactLink>>(new Map());
  const [realNow, setNow] = useState(() => new Date());
  const incident = open?.incident;
  // A drill's deadlines count in drill time.
  const now = incident ? incidentNow(incident, realNow) : realNow;

  useEffect(() => {
    void loadReporting(id);
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(tick);
  }, [id, loadReporting]);
  // Deadlines are recomputed against the current time whenever the record changes.
  useEffect(() => setNow(new Date()), [record]);

  useEffect(() => {
    loadPlaybook<Contacts>('contacts').then(
      (c) =>
        setContacts(
          new Map(
            c.groups.flatMap((g) =>
              g.contacts.map((x) => [
                x.id,
                { label: `${x.org} ${x.service}`, url: x.url, parts: [x.org, x.service] },
              ]),
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

  // Not found is the incident slice's error: 「この対応記録は見つかりませんでした。」
  const loadError = incidentError ?? recordError;
  if (loadError && !(incident && record)) return <p class="notice error">{loadError}</p>;
  if (!incident || !record) return <p aria-busy="true">{m.loading}</p>;

  const onAnswer = async (questionId: QuestionId, value: string) => {
    setSaveState('saving');
    try {
      await saveAnswer(id, questionId, value);
      setSaveState('saved');
    } catch (e) {
      // The choice stays on screen; saving can be retried by choosing again.
      setSaveError((e as Error).message);
      setSaveState('error');
    }
  };

  const onStatus = async (o: Obligation, deadline: Deadline | null, next: StatusChange) => {
    await saveDestinationStatus(id, {
      destinationId: o.destinationId,
      label: rule(o.title),
      ...(deadline ? { deadlineId: deadline.id, deadlineLabel: rule(deadline.label) } : {}),
      ...next,
    });
  };

  const effective = effectiveAnswers(answers, incident.types, incident.causes);
  const derived = Object.fromEntries(effective.derived.map((q) => [q, effective.values[q]]));
  return (
    <>
      <DrillBanner id={id} />
      <h1>
        <bdi>{incident.title}</bdi>
      </h1>
      <IncidentNav id={id} current="/reporting" />
      <h2>{m.title}</h2>
      <ResultOverview
        obligations={obligations}
        statuses={record.statuses}
        now={now}
        unanswered={effective.assumed.length}
      />
      <h2 id="reporting-questions">
        {m.questionsTitle(
          effective.asked.length - effective.assumed.length,
          effective.asked.length,
        )}
      </h2>
      <p class="muted">{m.questionsIntro(reportingRules.asOf)}</p>
      <Questionnaire
        answers={answers}
        derived={derived}
        hidden={effective.notAsked}
        onAnswer={(q, v) => void onAnswer(q, v)}
      />
      <p role="status" aria-live="polite" class="save-status">
        {saveState === 'saving' && m.saving}
        {saveState === 'saved' && m.saved}
        {saveState === 'error' && m.failed(saveError)}
      </p>
      <ResultList
        incident={incident}
        obligations={obligations}
        statuses={record.statuses}
        contacts={contacts}
        now={now}
        onStatus={onStatus}
      />
      <RecordDecision incidentId={id} obligations={obligations} recorded={record.decision} />
    </>
  );
}
