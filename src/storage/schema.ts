import type { DBSchema } from 'idb';
import type { PrepRecord } from './prep-schema';

// FROZEN NAMES: the database name, store names and index names below are stored on
// people's phones. Never rename or reuse one; add a new version to migrations.ts instead.

/** The database name (frozen). */
export const DB_NAME = 'incident-navi';
/** The current schema version; every shipped version has a fixture in tests/fixtures. */
export const DB_VERSION = 3;

/** 対応中 / 復旧済み / 完了 */
export type IncidentStatus = 'open' | 'recovered' | 'closed';

/** One incident's header. Parts that change often live in their own stores. */
export interface Incident {
  id: string;
  title: string;
  /** Playbook ids of the incident types (e.g. 'ransomware', 'leak'). */
  types: string[];
  /** Cause ids within the types (e.g. the leak causes); empty when unknown. */
  causes: string[];
  status: IncidentStatus;
  /** 発覚日時, ISO 8601 with offset. */
  discoveredAt: string;
  createdAt: string;
  /** Last activity of any kind on this incident (list order). */
  updatedAt: string;
  /** Set when moved to the trash; purged 30 days later. */
  deletedAt: string | null;
  /** The scenario id (playbooks/drills) when this incident is a drill (訓練). */
  drill?: string;
}

/** Set on a record applied from another phone of the team: that phone's device id (team mode). */
export interface FromDevice {
  device?: string;
}

/** One record item (「整理しておくべき事項」 or 5W1H) of an incident. */
export interface FieldValue extends FromDevice {
  incidentId: string;
  /** Record item id from playbooks/record-items.yaml (e.g. 'event', 'five-w1h-when'). */
  fieldId: string;
  value: string;
  updatedAt: string;
  updatedBy: string;
  /** 'prep' while the value is as filled in from 平時の備え at the start (cleared by an edit). */
  origin?: 'prep';
}

/** Progress of one checklist item in one incident. */
export interface ProgressEntry extends FromDevice {
  incidentId: string;
  itemId: string;
  state: 'done' | 'not-applicable' | 'open';
  by: string;
  /** When it was done (editable by the person). */
  at: string;
  note: string;
  updatedAt: string;
}

/**
 * Every kind of timeline entry ('conflict': another tab's newer text of a field, kept;
 * 'evidence': a photo or file saved as evidence, with its hash; 'reporting' is a reporting
 * decision, 'reporting-status' (since v3) a destination marked done or not: before v3 both
 * were 'reporting', told apart by their text, see timeline-kind.ts).
 */
export const TIMELINE_KINDS = [
  'note',
  'item',
  'status',
  'field',
  'reporting',
  'correction',
  'created',
  'conflict',
  'evidence',
  'reporting-status',
] as const;
/** What a timeline entry records (meaning lives here, never in its text). */
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One entry of 対応経過 (append-only; a correction refers to the entry it corrects). */
export interface TimelineEntry {
  id: string;
  incidentId: string;
  /** When it happened (editable for things that happened earlier). */
  at: string;
  /** When it was written. */
  createdAt: string;
  kind: TimelineKind;
  text: string;
  by: string;
  /** For corrections: the id of the entry this one corrects. */
  corrects?: string;
  /** Place in the incident's hash chain, from 1 (v2; see chain.ts). */
  seq?: number;
  /** The hash of the incident's previous entry (64 zeros for the first). */
  prevHash?: string;
  /** SHA-256 (hex) of the canonical encoding of every other field. */
  hash?: string;
  /** Written by version 1 and chained once by the upgrade to version 2. */
  legacy?: true;
  /** When the upgrade chained this version-1 entry. */
  chainedAt?: string;
  /** For kind 'evidence': the evidence record and its file's SHA-256 (so the chain covers it). */
  evidence?: { id: string; sha256: string } & EvidenceLink;
  /**
   * Team mode: the phone that wrote this entry, when it is not this one. Not part of the hash:
   * each device chains its own entries (chain.ts verifyChains).
   */
  via?: { device: string; name: string };
}

/** What a piece of evidence is attached to, if anything: one checklist item or timeline entry. */
export interface EvidenceLink {
  /** The checklist item (content id) it documents. */
  itemId?: string;
  /** The timeline entry it documents. */
  entryId?: string;
}

/** One photo or file kept as evidence (証拠保全); its bytes are in `evidenceFiles`. */
export interface EvidenceMeta extends EvidenceLink, FromDevice {
  id: string;
  incidentId: string;
  /** The file name as picked (or given by the camera). */
  name: string;
  /** The MIME type the browser reported ('' when unknown). */
  type: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 (hex) of the original bytes, computed when it was saved. */
  sha256: string;
  /** The device time when it was saved (EXIF is not trusted). */
  capturedAt: string;
  by: string;
  note: string;
  /** The timeline entry that records it. */
  timelineId: string;
  /** The attached item's or entry's text as it read when attached (for lists). */
  relatedText?: string;
  /** Team mode: the file was too large to share; the name of the phone that keeps it. */
  fileOn?: string;
}

/** The original bytes of one evidence file, unchanged. */
export interface EvidenceFile {
  incidentId: string;
  id: string;
  blob: Blob;
}

/** Reporting questionnaire answers and per-destination status (issue: reporting). */
export interface ReportingEntry extends FromDevice {
  incidentId: string;
  /** 'q:<questionId>' for an answer, 'd:<destinationId>' for a destination's status. */
  key: string;
  value: string;
  /** For destinations: 'todo' | 'done'; date and memo when done. */
  status?: 'todo' | 'done';
  doneAt?: string;
  memo?: string;
  updatedAt: string;
}

/** A document draft she edited on 共有・出力 (one per incident and kind; v2). */
export interface Draft {
  incidentId: string;
  /** The export kind, e.g. 'first-report' (src/export ExportKind). */
  kind: string;
  text: string;
  updatedAt: string;
}

/** Everything stored about one incident (loadIncidentSnapshot; the input of every export). */
export interface IncidentSnapshot {
  incident: Incident;
  fields: FieldValue[];
  progress: ProgressEntry[];
  /** Oldest first, by when it happened. */
  timeline: TimelineEntry[];
  reporting: ReportingEntry[];
}

/** A device setting (the responder's name, last backup time, …). */
export interface Setting {
  key: string;
  value: unknown;
}

/** The typed schema of the current version. */
export interface NaviDB extends DBSchema {
  incidents: {
    key: string;
    value: Incident;
    /** byDeletedAt (v3): only incidents in the trash (a null deletedAt is not indexed). */
    indexes: { byUpdatedAt: string; byStatusUpdatedAt: [string, string]; byDeletedAt: string };
  };
  fields: { key: [string, string]; value: FieldValue; indexes: { byIncident: string } };
  progress: { key: [string, string]; value: ProgressEntry; indexes: { byIncident: string } };
  timeline: {
    key: string;
    value: TimelineEntry;
    indexes: { byIncidentAt: [string, string]; byIncidentSeq: [string, number] };
  };
  reporting: { key: [string, string]; value: ReportingEntry; indexes: { byIncident: string } };
  settings: { key: string; value: Setting };
  /** Since version 2. */
  drafts: { key: [string, string]; value: Draft; indexes: { byIncident: string } };
  /** 平時の備え (v2). */
  prep: { key: string; value: PrepRecord };
  /** Evidence metadata (v2). */
  evidence: { key: [string, string]; value: EvidenceMeta };
  /** Evidence bytes, apart so that listing never reads them (v2). */
  evidenceFiles: { key: [string, string]; value: EvidenceFile };
}

/** The stores that hold incident data (written with durability 'strict'). */
export const INCIDENT_STORES = [
  'incidents',
  'fields',
  'progress',
  'timeline',
  'reporting',
] as const;

/** Every store with records of one incident: what a purge deletes and a transfer carries. */
export const STORES_OF_AN_INCIDENT = [
  ...INCIDENT_STORES,
  'drafts',
  'evidence',
  'evidenceFiles',
] as const;
