// Records ↔ the plain content of their documents (encrypted before they leave the phone).
import type { RemoteRecord } from '../storage/sync-apply';

/** The plain content of one document, as sealed in its body. */
export interface Envelope {
  type: RemoteRecord['type'];
  /** The record key the document id is made from (recordKey). */
  key: string;
  /** The phone that wrote it, and its name as the others see it. */
  device: string;
  name: string;
  /** When the record last changed (LWW time). */
  at: string;
  record: RemoteRecord['record'];
}

/** The stable key of a record (its document id is the HMAC of it). */
export function recordKey(r: RemoteRecord): string {
  switch (r.type) {
    case 'incident':
    case 'timeline':
    case 'prep':
      return `${r.type}|${r.record.id}`;
    case 'field':
      return `field|${r.record.incidentId}|${r.record.fieldId}`;
    case 'progress':
      return `progress|${r.record.incidentId}|${r.record.itemId}`;
    case 'reporting':
      return `reporting|${r.record.incidentId}|${r.record.key}`;
    case 'evidence':
      return `evidence|${r.record.incidentId}|${r.record.id}`;
  }
}

/** When a record last changed. */
export function recordTime(r: RemoteRecord): string {
  if (r.type === 'evidence') return r.record.capturedAt;
  return r.type === 'timeline' ? r.record.createdAt : r.record.updatedAt;
}

/** The incident a record belongs to (null for 備え). */
export function incidentOf(r: RemoteRecord): string | null {
  if (r.type === 'prep') return null;
  return r.type === 'incident' ? r.record.id : r.record.incidentId;
}

/** The record as it is stored on this phone when it came from the phone of `env`. */
export function arrived(env: Envelope): RemoteRecord {
  const r = { type: env.type, record: { ...env.record } } as RemoteRecord;
  if (r.type === 'timeline') r.record.via = { device: env.device, name: env.name };
  else if (r.type !== 'incident' && r.type !== 'prep') r.record.device = env.device;
  return r;
}

const TYPES = new Set<string>([
  'incident',
  'field',
  'progress',
  'reporting',
  'timeline',
  'evidence',
  'prep',
]);

/** Whether a decrypted value has an envelope's shape (other fields are checked on use). */
export function isEnvelope(value: unknown): value is Envelope {
  const e = value as Partial<Envelope> | null;
  return (
    !!e &&
    typeof e === 'object' &&
    typeof e.type === 'string' &&
    TYPES.has(e.type) &&
    typeof e.key === 'string' &&
    typeof e.device === 'string' &&
    typeof e.name === 'string' &&
    typeof e.at === 'string' &&
    !!e.record &&
    typeof e.record === 'object'
  );
}
