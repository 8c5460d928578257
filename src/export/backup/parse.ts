import * as v from 'valibot';
import { DB_VERSION } from '../../storage/schema';
import { decryptBackup, parseEncrypted } from './crypto';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  ENCRYPTED_FORMAT,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  type BackupFile,
} from './format';
import { guardJson } from './guard';
import type { DeriveKey } from './kdf';
import { BackupFileSchema } from './schema';

/** Refuses a file by its size alone, before it is read. */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new BackupError('too-large');
}

/** JSON text → a guarded value (size, syntax, forbidden keys, huge strings, depth). */
export function parseJsonText(text: string): unknown {
  // A UTF-16 unit is at least one UTF-8 byte: longer text is certainly too large.
  checkFileSize(text.length);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('not-json');
  }
  guardJson(value);
  return value;
}

function header(value: unknown): { format: unknown; formatVersion: unknown; dbVersion: unknown } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackupError('not-backup');
  }
  const { format, formatVersion, dbVersion } = value as Record<string, unknown>;
  if (format !== BACKUP_FORMAT && format !== ENCRYPTED_FORMAT) throw new BackupError('not-backup');
  if (formatVersion !== FORMAT_VERSION) throw new BackupError('version');
  if (typeof dbVersion === 'number' && dbVersion > DB_VERSION) throw new BackupError('version');
  return { format, formatVersion, dbVersion };
}

/** Ids must be unique and every part must belong to an incident of the file. */
function checkIntegrity(file: BackupFile): void {
  const { data } = file;
  const seen = new Set<string>();
  const unique = (store: string, key: string) => {
    const k = `${store}\u0000${key}`;
    if (seen.has(k)) throw new BackupError('invalid', `data.${store} (重複)`);
    seen.add(k);
  };
  const incidents = new Set<string>();
  for (const i of data.incidents) {
    unique('incidents', i.id);
    incidents.add(i.id);
  }
  const owned = (store: string, incidentId: string) => {
    if (!incidents.has(incidentId)) throw new BackupError('invalid', `data.${store}.incidentId`);
  };
  for (const f of data.fields) {
    owned('fields', f.incidentId);
    unique('fields', `${f.incidentId}\u0000${f.fieldId}`);
  }
  for (const p of data.progress) {
    owned('progress', p.incidentId);
    unique('progress', `${p.incidentId}\u0000${p.itemId}`);
  }
  for (const t of data.timeline) {
    owned('timeline', t.incidentId);
    unique('timeline', t.id);
  }
  for (const r of data.reporting) {
    owned('reporting', r.incidentId);
    unique('reporting', `${r.incidentId}\u0000${r.key}`);
  }
  for (const s of data.settings) unique('settings', s.key);
  for (const d of data.drafts ?? []) {
    owned('drafts', d.incidentId);
    unique('drafts', `${d.incidentId}\u0000${d.kind}`);
  }
}

/** Validates a guarded plain backup completely; throws BackupError, never anything else. */
export function validateBackup(value: unknown): BackupFile {
  const { format } = header(value);
  if (format === ENCRYPTED_FORMAT) throw new BackupError('needs-passphrase');
  const result = v.safeParse(BackupFileSchema, value);
  if (!result.success) {
    throw new BackupError('invalid', v.getDotPath(result.issues[0]) ?? '');
  }
  const file = result.output as BackupFile;
  checkIntegrity(file);
  return file;
}

/** Options for reading a backup: the passphrase of an encrypted one. */
export interface ReadBackupOptions {
  passphrase?: string;
  derive?: DeriveKey;
}

/**
 * Reads backup text (plain or encrypted) into a validated backup. Throws only
 * BackupError; nothing is written anywhere.
 */
export async function readBackupText(
  text: string,
  options: ReadBackupOptions = {},
): Promise<{ backup: BackupFile; encrypted: boolean }> {
  try {
    const value = parseJsonText(text);
    const { format } = header(value);
    if (format !== ENCRYPTED_FORMAT) return { backup: validateBackup(value), encrypted: false };
    const envelope = parseEncrypted(value);
    if (!options.passphrase) throw new BackupError('needs-passphrase');
    const plain = await decryptBackup(envelope, options.passphrase, options.derive);
    const inner = parseJsonText(plain);
    if (header(inner).format !== BACKUP_FORMAT) throw new BackupError('invalid', 'ciphertext');
    return { backup: validateBackup(inner), encrypted: true };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // Anything else (a stack overflow on absurd input) is still a refusal.
    throw new BackupError('invalid');
  }
}
