/**
 * How long each step took, from 発覚, read from the record (checklist progress, reporting
 * statuses, timeline kinds): for drills and real incidents alike. Pure.
 */
import type { Checklist } from '../../content/checklist';
import type { SectionKind } from '../../content/model';
import type { IncidentSnapshot } from '../../storage/schema';
import type { StepId } from './scenario-model';

/** Labels of the measured steps, in order. */
export const STEP_LABELS: Record<StepId, string> = {
  contain: '最初の初動対応',
  management: '経営者への報告',
  decision: '報告・届出の判断',
  'first-report': '第一報',
  recovered: '復旧',
};

/** Which checklist items mark a step done (section kinds, or one basic step). */
const STEP_SECTIONS: Partial<Record<StepId, SectionKind>> = {
  contain: 'first-response',
  'first-report': 'first-report',
  recovered: 'recovery',
};

/** Measured steps → minutes from 発覚 (a step not done yet is absent). */
export type Durations = Partial<Record<StepId, number>>;

/**
 * Minutes from 発覚 to each step known so far (absent while a step is not done). `timeOf`
 * maps each recorded real time (ms), e.g. onto a drill's clock.
 */
export function durationsOf(
  snap: Pick<IncidentSnapshot, 'incident' | 'progress' | 'timeline'> &
    Partial<Pick<IncidentSnapshot, 'reporting'>>,
  checklist: Checklist,
  timeOf: (realMs: number) => number = (t) => t,
): Durations {
  const kindOf = new Map<string, SectionKind>();
  for (const ph of checklist)
    for (const s of ph.sections) for (const it of s.items) kindOf.set(it.id, s.kind);
  const times: Partial<Record<StepId, string[]>> = {};
  const add = (step: StepId, at: string | undefined) => at && (times[step] ??= []).push(at);
  for (const p of snap.progress) {
    if (p.state !== 'done') continue;
    if (p.itemId === 'basic-report-to-management') add('management', p.at);
    for (const [step, kind] of Object.entries(STEP_SECTIONS))
      if (kindOf.get(p.itemId) === kind) add(step as StepId, p.at);
  }
  // A decision recorded, or a destination's status set, means the question was decided.
  for (const e of snap.timeline) if (e.kind === 'reporting') add('decision', e.at);
  for (const r of snap.reporting ?? []) if (r.status === 'done') add('first-report', r.updatedAt);
  const start = timeOf(Date.parse(snap.incident.discoveredAt));
  const out: Durations = {};
  for (const [step, list] of Object.entries(times)) {
    const parsed = list.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t));
    const first = Math.min(...parsed.map(timeOf));
    if (Number.isFinite(first))
      out[step as StepId] = Math.max(0, Math.round((first - start) / 60_000));
  }
  return out;
}

/** 「1時間5分」 for minutes. */
export const minutesLabel = (m: number): string =>
  m < 60 ? `${m}分` : `${Math.floor(m / 60)}時間${m % 60 ? `${m % 60}分` : ''}`;
