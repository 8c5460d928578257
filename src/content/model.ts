/**
 * Runtime constants and helpers of the content model, free of valibot so the browser
 * bundle can import them. Types come from schema.ts (type-only imports).
 */
import type {
  Contacts,
  IncidentPlaybook,
  Intro,
  Notes,
  PlaybookFile,
  RecordItems,
  References,
  Triage,
} from './schema';

/** Kebab-case id; ids are global across all files and never reused or renamed. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The three phases of the guide, always in this order. */
export const PHASE_IDS = ['detect', 'report', 'recover'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** The guide's section kinds, in the guide's order. */
export const SECTION_KINDS = [
  'intake',
  'team',
  'first-response',
  'first-report',
  'later-reports',
  'investigation',
  'evidence',
  'recovery',
  'prevention',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Which phase each section kind belongs to. */
export const SECTION_PHASE: Record<SectionKind, PhaseId> = {
  intake: 'detect',
  team: 'detect',
  'first-response': 'detect',
  'first-report': 'report',
  'later-reports': 'report',
  investigation: 'recover',
  evidence: 'recover',
  recovery: 'recover',
  prevention: 'recover',
};

/** Japanese labels of the phases (as the incident-type parts of the guide name them). */
export const PHASE_TITLES: Record<PhaseId, string> = {
  detect: '検知・初動対応',
  report: '報告・公表',
  recover: '復旧・再発防止',
};

/** Japanese labels of the section kinds (as the basic steps name them). */
export const SECTION_TITLES: Record<SectionKind, string> = {
  intake: '検知と連絡受付',
  team: '対応体制の立ち上げ',
  'first-response': '初動対応',
  'first-report': '第一報',
  'later-reports': '第二報以降・最終報',
  investigation: '調査・対応',
  evidence: '証拠保全',
  recovery: '復旧',
  prevention: '再発防止策',
};

/** The ten items of 「インシデント対応時に整理しておくべき事項」, in this order. */
export const RECORD_ITEM_IDS = [
  'classification',
  'organization',
  'owners',
  'discovered-at',
  'occurred-at',
  'event',
  'progress',
  'cause',
  'affected-systems',
  'system-configuration',
] as const;
export type RecordItemId = (typeof RECORD_ITEM_IDS)[number];

/** Everything in playbooks/, loaded and sorted by role. */
export interface Content {
  /** Every file, in file-name order. */
  files: readonly PlaybookFile[];
  intro: Intro;
  basic: IncidentPlaybook;
  /** The incident types, by `order`. */
  incidentTypes: readonly IncidentPlaybook[];
  recordItems: RecordItems;
  notes: Notes;
  contacts: Contacts;
  references: References;
  triage: Triage;
}

/** True for 基本ステップ and the incident types. */
export const isIncidentPlaybook = (f: PlaybookFile): f is IncidentPlaybook =>
  f.kind === 'basic' || f.kind === 'incident-type';

/**
 * Kinds of files in playbooks/ that other features own and validate with their own
 * schema (e.g. src/features/reporting). Here they only get the common rules: an id equal
 * to the file name, ids unique across all files, `contact`/`contacts` that resolve.
 */
export const EXTERNAL_KINDS: readonly string[] = ['reporting-rules'];

/** A file of an external kind: opaque here. */
export interface ExternalFile {
  kind: string;
  id: string;
  [key: string]: unknown;
}

/** Any file of playbooks/. */
export type AnyPlaybookFile = PlaybookFile | ExternalFile;

/** True for the kinds this schema defines (not EXTERNAL_KINDS). */
export const isPlaybookFile = (f: AnyPlaybookFile): f is PlaybookFile =>
  !EXTERNAL_KINDS.includes(f.kind);
