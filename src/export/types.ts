import type { IncidentSnapshot } from '../storage/schema';
import type { Language } from '../i18n/languages';
import type { ReportingOutlineOf } from './reporting-section';
import type { CompanyForDrafts } from './prep-text';
import type { ClockMark, StepsOfItem } from '../lib/durations';

export type { IncidentSnapshot };

/** A labelled thing from the content (record item, 5W1H item, playbook, cause). */
export interface Labelled {
  id: string;
  label: string;
}

/** One checklist item as the export needs it. */
export interface ExportChecklistItem {
  id: string;
  text: string;
}

/** One phase of the incident's checklist (検知・初動対応 / 報告・公表 / 復旧・再発防止). */
export interface ExportPhase {
  id: string;
  title: string;
  items: ExportChecklistItem[];
}

/** The content the builders need, passed in so they stay pure (adapter: features/export). */
export interface ExportContent {
  /** The ten 「整理しておくべき事項」, in order. */
  recordItems: Labelled[];
  /** 5W1H items (いつ, どこで, …). */
  fiveW1H: Labelled[];
  /** Playbook id → title (incident types). */
  typeTitles: Record<string, string>;
  /** Cause id → title. */
  causeTitles: Record<string, string>;
  /** The checklist of this incident, by phase. */
  phases: ExportPhase[];
  /** The reporting rules as a function (features/reporting/outline.ts); no section without it. */
  reportingOutline?: ReportingOutlineOf;
  /** The company from 平時の備え, for the drafts (null or absent when not filled in). */
  company?: CompanyForDrafts | null;
  /** Checklist item id → the measured steps it marks; no durations without it. */
  stepsOfItem?: StepsOfItem;
  /** A drill's clock marks: its durations are then counted in drill time. */
  drillClock?: ClockMark[];
}

/** The formats the share page offers. */
export type ExportKind =
  | 'summary-short'
  | 'summary-full'
  | 'markdown'
  | 'first-report'
  | 'later-report'
  | 'ppc'
  | 'handover'
  | 'deletion-request';

/** Who a notice is for: one affected person, or everyone concerned (関係者). */
export type Audience = 'one' | 'many';

/** Choices a person makes for a draft (more may be added; every field is optional). */
export interface DraftOptions {
  /** 第一報: to one person or to everyone concerned; chosen from the record when absent. */
  audience?: Audience;
  /**
   * The language of a summary or 引継ぎ (Japanese when absent); the drafts for Japanese
   * authorities and partners ignore it and stay Japanese.
   */
  language?: Language;
}
