import type { TimelineEntry } from '../storage/schema';
import type { IncidentStatus } from '../storage/schema';
import { chainHeadLine } from './chain-head';
import { toTime } from '../lib/jst';
import type { ExportContent, IncidentSnapshot } from './types';
import { reportingOf, type ReportingOutline } from './reporting-section';
import type { CompanyForDrafts } from './prep-text';
import { drillTimeFromMarks, measureDurations, STEP_IDS } from '../lib/durations';
import { formatDate, formatElapsedIn, JAPANESE, type SummaryWords } from './words';
import type { Language } from '../i18n/languages';

/** A record item with its label and value ('' when nothing was recorded). */
export interface LabelledValue {
  id: string;
  label: string;
  value: string;
}

/** A checklist item with what was recorded for it. */
export interface ItemProgress {
  id: string;
  text: string;
  state: 'done' | 'not-applicable' | 'open';
  by: string;
  /** Formatted (JST) time it was done, '' when open. */
  at: string;
  note: string;
}

/** The checklist progress of one phase. */
export interface PhaseProgress {
  title: string;
  items: ItemProgress[];
  done: number;
  notApplicable: number;
  open: number;
}

/** One timeline line, formatted. */
export interface TimelineLine {
  id: string;
  at: string;
  atIso: string;
  kind: TimelineEntry['kind'];
  text: string;
  by: string;
  /** A later correction exists for this entry. */
  corrected: boolean;
}

/** Everything a summary or report shows, already labelled and formatted (JST). */
export interface SummaryModel {
  title: string;
  types: string[];
  causes: string[];
  /** Playbook ids of the types and ids of the causes (for wording chosen by type). */
  typeIds: string[];
  causeIds: string[];
  /** The status in words, and its id (what the drafts decide on). */
  status: string;
  statusId: IncidentStatus;
  discoveredAt: string;
  occurredAt: string;
  /** Time since discovery, e.g. 「2日3時間」 ('' when unknown). */
  elapsed: string;
  recordItems: LabelledValue[];
  fiveW1H: LabelledValue[];
  phases: PhaseProgress[];
  timeline: TimelineLine[];
  madeAt: string;
  /** The chain head (short hash and time) or where the chain breaks (chain-head.ts). */
  chain: string;
  /** Answers of the 報告・届出 questionnaire by question id (e.g. count: 'over-1000'). */
  answers: Record<string, string>;
  /** The live 「報告・届出と期限」 section (null when no rules were passed in). */
  reporting: ReportingOutline | null;
  /** The company from 平時の備え (drafts fall back to it). */
  company: CompanyForDrafts | null;
  /** 「経営者への報告：14分」 for each measured step done so far, from 発覚. */
  durations: string[];
  /** The words the document is written with (Japanese unless a summary was asked in another). */
  words: SummaryWords;
}

const DATE_ITEMS = new Set(['discovered-at', 'occurred-at']);

/**
 * Build the summary model of an incident at the instant `nowIso`, in the words `w` of
 * `language` (the reporting section's lines are written in it too); `chain`: its chain line
 * when the caller checked the chain already. Pure.
 */
export function buildSummaryModel(
  snap: IncidentSnapshot,
  content: ExportContent,
  nowIso: string,
  chain?: string,
  w: SummaryWords = JAPANESE,
  language: Language = 'ja',
): SummaryModel {
  const { incident } = snap;
  const formatJst = (iso: string | undefined) => formatDate(iso, w);
  const field = new Map(snap.fields.map((f) => [f.fieldId, f.value.trim()]));
  const classification = [
    ...incident.types.map((t) => content.typeTitles[t] ?? t),
    ...incident.causes.map((c) => content.causeTitles[c] ?? c),
  ].join(w.listSeparator);
  const valueOf = (id: string): string => {
    const raw = field.get(id) ?? '';
    if (id === 'discovered-at' && raw === '') return formatJst(incident.discoveredAt);
    // What the record knows already is not reported as 未記入.
    if (id === 'classification' && raw === '') return classification;
    if (id === 'progress' && raw === '' && snap.timeline.length)
      return w.seeTimeline(snap.timeline.length);
    return DATE_ITEMS.has(id) ? formatJst(raw) : raw;
  };
  const recordItems = content.recordItems.map((r) => ({ ...r, value: valueOf(r.id) }));
  const fiveW1H = content.fiveW1H.map((r) => ({ ...r, value: valueOf(r.id) }));

  const progress = new Map(snap.progress.map((p) => [p.itemId, p]));
  const phases = content.phases.map((phase) => {
    const items = phase.items.map((item): ItemProgress => {
      const p = progress.get(item.id);
      const state = p?.state ?? 'open';
      return {
        id: item.id,
        text: item.text,
        state,
        by: state === 'open' ? '' : (p?.by ?? ''),
        at: state === 'open' ? '' : formatJst(p?.at),
        note: p?.note ?? '',
      };
    });
    const count = (s: ItemProgress['state']) => items.filter((i) => i.state === s).length;
    return {
      title: phase.title,
      items,
      done: count('done'),
      notApplicable: count('not-applicable'),
      open: count('open'),
    };
  });

  const correctedIds = new Set(snap.timeline.map((t) => t.corrects).filter(Boolean));
  // Each time is parsed once, not at every comparison of the sort.
  const timeline = snap.timeline
    .map((t) => ({ t, at: toTime(t.at) ?? 0, written: toTime(t.createdAt) ?? 0 }))
    .sort((a, b) => a.at - b.at || a.written - b.written)
    .map(({ t }) => ({
      id: t.id,
      at: formatJst(t.at),
      atIso: t.at,
      kind: t.kind,
      text: t.text,
      by: t.by,
      corrected: correctedIds.has(t.id),
    }));

  return {
    title: incident.title.trim() || w.untitled,
    types: incident.types.map((t) => content.typeTitles[t] ?? t),
    causes: incident.causes.map((c) => content.causeTitles[c] ?? c),
    typeIds: incident.types,
    causeIds: incident.causes,
    status: w.status[incident.status] ?? incident.status,
    statusId: incident.status,
    discoveredAt: valueOf('discovered-at'),
    occurredAt: valueOf('occurred-at'),
    elapsed: formatElapsedIn(incident.discoveredAt, nowIso, w),
    recordItems,
    fiveW1H,
    phases,
    timeline,
    madeAt: formatJst(nowIso),
    chain: chain ?? chainHeadLine(snap.timeline, w),
    answers: Object.fromEntries(
      snap.reporting.filter((r) => r.key.startsWith('q:')).map((r) => [r.key.slice(2), r.value]),
    ),
    reporting: reportingOf(snap, content.reportingOutline, nowIso, language),
    company: content.company ?? null,
    durations: durationsOf(snap, content, w),
    words: w,
  };
}

/** The measured steps' lines (drill time for a drill whose clock came with the content). */
function durationsOf(snap: IncidentSnapshot, content: ExportContent, w: SummaryWords): string[] {
  if (!content.stepsOfItem) return [];
  const clock = content.drillClock?.length ? drillTimeFromMarks(content.drillClock) : undefined;
  const d = measureDurations(snap, content.stepsOfItem, clock);
  return STEP_IDS.flatMap((s) => {
    const minutes = d[s];
    if (minutes === undefined) return [];
    return [w.stepLine(w.steps[s], w.stepTime(Math.floor(minutes / 60), minutes % 60))];
  });
}

/** The durations as one line, or nothing while no step is measured. */
export const durationsLine = (m: SummaryModel): string[] =>
  m.durations.length ? [m.words.durationsLine(m.durations.join(m.words.listSeparator))] : [];

/** The record item value by id ('' when empty or unknown). */
export function valueOf(model: SummaryModel, id: string): string {
  return (
    model.recordItems.find((r) => r.id === id)?.value ??
    model.fiveW1H.find((r) => r.id === id)?.value ??
    ''
  );
}

/** Cut text to at most `max` UTF-16 units (never inside a character), marking the cut with 「…」. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Placeholder shown where nothing was recorded (in the Japanese drafts). */
export const EMPTY = JAPANESE.empty;
