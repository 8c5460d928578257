import * as v from 'valibot';
import { BACKUP_LIMITS as L } from '../../lib/limits';
import type { BackupStore } from './format';
import { TIMELINE_KINDS } from '../../storage/schema';
import { PrepSchema } from './prep-schema';

// The strict schemas of a plain backup: its header, and one record schema per store.
// Unknown keys, wrong types and over-long strings are refused (lengths from src/lib/limits).

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
/** A key part: not empty, not too long, never a name that reaches a prototype. */
const Id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(L.id),
  v.check((s) => !RESERVED.has(s), 'reserved name'),
);
const Name = str(L.name);
const Text = str(L.text);
/** A stored instant: must parse as a date. */
const Time = v.pipe(
  v.string(),
  v.maxLength(L.time),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);
/** A person-editable time: may be empty. */
const LooseTime = str(L.time);
/** A SHA-256 in hex. */
const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const Ids = v.pipe(v.array(Id), v.maxLength(L.ids));

const IncidentSchema = v.strictObject({
  id: Id,
  title: str(L.title),
  types: Ids,
  causes: Ids,
  status: v.picklist(['open', 'recovered', 'closed']),
  discoveredAt: Time,
  createdAt: Time,
  updatedAt: Time,
  deletedAt: v.nullable(Time),
  drill: v.optional(Id),
});

const FieldSchema = v.strictObject({
  incidentId: Id,
  fieldId: Id,
  value: Text,
  updatedAt: Time,
  updatedBy: Name,
  origin: v.optional(v.literal('prep')),
  device: v.optional(Id),
});

const ProgressSchema = v.strictObject({
  incidentId: Id,
  itemId: Id,
  state: v.picklist(['done', 'not-applicable', 'open']),
  by: Name,
  at: LooseTime,
  note: Text,
  updatedAt: Time,
  device: v.optional(Id),
});

const TimelineSchema = v.strictObject({
  id: Id,
  incidentId: Id,
  at: LooseTime,
  createdAt: Time,
  kind: v.picklist(TIMELINE_KINDS),
  text: Text,
  by: Name,
  corrects: v.optional(Id),
  // The hash chain (database version 2); kept as written so the chain still verifies.
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  prevHash: v.optional(Sha256),
  hash: v.optional(Sha256),
  legacy: v.optional(v.literal(true)),
  chainedAt: v.optional(Time),
  evidence: v.optional(
    v.strictObject({ id: Id, sha256: Sha256, itemId: v.optional(Id), entryId: v.optional(Id) }),
  ),
  // Team mode: the phone that wrote it (not hashed).
  via: v.optional(v.strictObject({ device: Id, name: Name })),
});

const ReportingSchema = v.strictObject({
  incidentId: Id,
  key: Id,
  value: Text,
  status: v.optional(v.picklist(['todo', 'done'])),
  doneAt: v.optional(LooseTime),
  memo: v.optional(Text),
  updatedAt: Time,
  device: v.optional(Id),
});

const SettingSchema = v.strictObject({ key: Id, value: v.unknown() });

const DraftSchema = v.strictObject({
  incidentId: Id,
  kind: Id,
  text: str(L.draft),
  updatedAt: Time,
});

const EvidenceSchema = v.strictObject({
  id: Id,
  incidentId: Id,
  name: str(L.title),
  type: str(L.id),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: Sha256,
  capturedAt: Time,
  by: Name,
  note: Text,
  timelineId: Id,
  // What it is attached to, when anything (a checklist item or a timeline entry).
  itemId: v.optional(Id),
  entryId: v.optional(Id),
  relatedText: v.optional(Text),
  // Team mode: the phone it came from, and (its file too large to share) the phone keeping it.
  device: v.optional(Id),
  fileOn: v.optional(Name),
});

/** An evidence file in the file: its bytes in base64 (decoded and hashed by evidence-check.ts). */
const EvidenceFileSchema = v.strictObject({ incidentId: Id, id: Id, base64: v.string() });

/** How a store's records are checked: their schema and the fields of their primary key. */
export interface StoreRule {
  schema: v.GenericSchema;
  key: readonly string[];
}

/**
 * One entry per store of the backup. Adding a store to the backup is one entry here (and
 * its name in BACKUP_STORES); a record with an `incidentId` must belong to an incident.
 */
export const STORE_RULES: Record<BackupStore, StoreRule> = {
  incidents: { schema: IncidentSchema, key: ['id'] },
  fields: { schema: FieldSchema, key: ['incidentId', 'fieldId'] },
  progress: { schema: ProgressSchema, key: ['incidentId', 'itemId'] },
  timeline: { schema: TimelineSchema, key: ['id'] },
  reporting: { schema: ReportingSchema, key: ['incidentId', 'key'] },
  settings: { schema: SettingSchema, key: ['key'] },
  drafts: { schema: DraftSchema, key: ['incidentId', 'kind'] },
  prep: { schema: PrepSchema, key: ['id'] },
  evidence: { schema: EvidenceSchema, key: ['incidentId', 'id'] },
  evidenceFiles: { schema: EvidenceFileSchema, key: ['incidentId', 'id'] },
};

/** The header of a plain backup file, without format, formatVersion and `data` (checked apart). */
export const HeaderSchema = v.strictObject({
  appVersion: str(L.appVersion),
  dbVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: Time,
});
