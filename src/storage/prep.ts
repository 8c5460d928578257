import type {
  CompanyProfile,
  ContactRole,
  PrepContact,
  PrepRecord,
  ReadinessCheck,
  SystemsProfile,
} from './prep-schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';

/** A prep record as a form gives it (the time is set when it is stored). */
export type PrepInput = PrepRecord extends infer R
  ? R extends PrepRecord
    ? Omit<R, 'updatedAt'>
    : never
  : never;

/** Every record of 平時の備え (company, contacts, systems, check), in one read. */
export function listPrep(): Promise<PrepRecord[]> {
  return read(['prep'], (tx) => tx.objectStore('prep').getAll());
}

/** Saves one prep record in its own strict transaction; resolves after the commit. */
export async function putPrep(input: PrepInput): Promise<PrepRecord> {
  const record = { ...input, updatedAt: nowIso() } as PrepRecord;
  await write(['prep'], async (tx) => {
    await tx.objectStore('prep').put(record);
  });
  notifyChange({ incidentId: null, part: 'prep' });
  return record;
}

/** 平時の備え gathered by kind: what the views, the incident start and the drafts read. */
export interface PrepProfile {
  company: CompanyProfile | null;
  contacts: Partial<Record<ContactRole, PrepContact>>;
  systems: SystemsProfile | null;
  check: ReadinessCheck | null;
}

/** Sorts prep records into a profile. Pure. */
export function toPrepProfile(records: readonly PrepRecord[]): PrepProfile {
  const profile: PrepProfile = { company: null, contacts: {}, systems: null, check: null };
  for (const r of records) {
    if (r.kind === 'contact') profile.contacts[r.role] = r;
    else if (r.kind === 'company') profile.company = r;
    else if (r.kind === 'systems') profile.systems = r;
    else profile.check = r;
  }
  return profile;
}

/** The whole profile in one read. */
export async function loadPrepProfile(): Promise<PrepProfile> {
  return toPrepProfile(await listPrep());
}
