import type {
  Draft,
  FieldValue,
  Incident,
  ProgressEntry,
  ReportingEntry,
  Setting,
  TimelineEntry,
} from '../../storage/schema';
import type { PrepRecord } from '../../storage/prep-schema';

/** The `format` of a plain backup file. */
export const BACKUP_FORMAT = 'incident-navi-backup';
/** The `format` of an encrypted backup file. */
export const ENCRYPTED_FORMAT = 'incident-navi-backup-encrypted';
/** The only format version this app writes and reads. */
export const FORMAT_VERSION = 1;

/** Every record of every store, as the backup carries it. */
export interface BackupData {
  incidents: Incident[];
  fields: FieldValue[];
  progress: ProgressEntry[];
  timeline: TimelineEntry[];
  reporting: ReportingEntry[];
  settings: Setting[];
  /** Since database version 2; absent in older files. */
  drafts: Draft[];
  /** 平時の備え (database version 2; absent from older files). */
  prep: PrepRecord[];
}

/**
 * The store names of a backup, in the order they are written and restored (incidents
 * first: the other records belong to them). Adding a store to the backup: its name here,
 * its records in BackupData, one entry in STORE_RULES (schema.ts) and STORE_LABELS
 * (problems.ts); older files simply lack it. Bump DB_VERSION with the store, so an older
 * app says the file comes from a newer version instead of refusing it as broken.
 */
export const BACKUP_STORES = [
  'incidents',
  'fields',
  'progress',
  'timeline',
  'reporting',
  'settings',
  'drafts',
  'prep',
] as const;
export type BackupStore = (typeof BACKUP_STORES)[number];

/** A plain (unencrypted) backup file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  appVersion: string;
  dbVersion: number;
  createdAt: string;
  data: BackupData;
}

/** Wrap all records into a backup file object. Pure. */
export function makeBackup(
  data: BackupData,
  meta: { appVersion: string; dbVersion: number; createdAt: string },
): BackupFile {
  return { format: BACKUP_FORMAT, formatVersion: FORMAT_VERSION, ...meta, data };
}

/** The backup as JSON text (indented: people may look inside). */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** A file name for a backup made at `createdAt` (JST date), e.g. incident-navi-backup-2026-11-25.json. */
export function backupFileName(jstDate: string, encrypted: boolean): string {
  return `incident-navi-backup-${jstDate}${encrypted ? '.encrypted' : ''}.json`;
}
