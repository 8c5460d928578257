import * as v from 'valibot';
import { DB_VERSION } from '../../storage/schema';
import { BACKUP_FORMAT, FORMAT_VERSION } from './format';
import { PrepSchema } from './prep-schema';

// The strict schema of a plain backup file (format version 1, database version 1).
// Unknown keys, wrong types and over-long strings are refused.

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
/** A key part: not empty, not too long, never a name that reaches a prototype. */
const Id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.check((s) => !RESERVED.has(s), 'reserved name'),
);
const Name = str(200);
const Text = str(200_000);
/** A stored instant: must parse as a date. */
const Time = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);
/** A person-editable time: may be empty. */
const LooseTime = str(64);
const Ids = v.pipe(v.array(Id), v.maxLength(100));

const IncidentSchema = v.strictObject({
  id: Id,
  title: str(2000),
  types: Ids,
  causes: Ids,
  status: v.picklist(['open', 'recovered', 'closed']),
  discoveredAt: Time,
  createdAt: Time,
  updatedAt: Time,
  deletedAt: v.nullable(Time),
});

const FieldSchema = v.strictObject({
  incidentId: Id,
  fieldId: Id,
  value: Text,
  updatedAt: Time,
  updatedBy: Name,
  origin: v.optional(v.literal('prep')),
});

const ProgressSchema = v.strictObject({
  incidentId: Id,
  itemId: Id,
  state: v.picklist(['done', 'not-applicable', 'open']),
  by: Name,
  at: LooseTime,
  note: Text,
  updatedAt: Time,
});

const TimelineSchema = v.strictObject({
  id: Id,
  incidentId: Id,
  at: LooseTime,
  createdAt: Time,
  kind: v.picklist(['note', 'item', 'status', 'field', 'reporting', 'correction', 'created']),
  text: Text,
  by: Name,
  corrects: v.optional(Id),
});

const ReportingSchema = v.strictObject({
  incidentId: Id,
  key: Id,
  value: Text,
  status: v.optional(v.picklist(['todo', 'done'])),
  doneAt: v.optional(LooseTime),
  memo: v.optional(Text),
  updatedAt: Time,
});

const SettingSchema = v.strictObject({ key: Id, value: v.unknown() });

/** The whole plain backup file. */
export const BackupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(FORMAT_VERSION),
  appVersion: str(100),
  dbVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DB_VERSION)),
  createdAt: Time,
  data: v.strictObject({
    incidents: v.array(IncidentSchema),
    fields: v.array(FieldSchema),
    progress: v.array(ProgressSchema),
    timeline: v.array(TimelineSchema),
    reporting: v.array(ReportingSchema),
    settings: v.array(SettingSchema),
    prep: v.optional(v.array(PrepSchema)),
  }),
});
