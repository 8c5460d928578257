/**
 * Validation of playbook files: the schema of each file, then the rules across files
 * (unique ids, references that resolve). Errors name the file and the path inside it.
 */
import * as v from 'valibot';
import { PlaybookFileSchema, type IncidentPlaybook, type PlaybookFile } from './schema';
import {
  EXTERNAL_KINDS,
  ID_PATTERN,
  PHASE_IDS,
  RECORD_ITEM_IDS,
  SECTION_KINDS,
  SECTION_PHASE,
  isIncidentPlaybook,
  isPlaybookFile,
  type AnyPlaybookFile,
  type ExternalFile,
} from './model';

export { EXTERNAL_KINDS, isPlaybookFile, type AnyPlaybookFile, type ExternalFile };

/** A validation failure; `message` is `file: path: reason`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}: ${path || '(root)'}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** One parsed file with the name to show in errors (e.g. `playbooks/virus.yaml`). */
export interface NamedFile<T = unknown> {
  file: string;
  data: T;
}

/** Checks one parsed file against the schema; throws ContentError on the first issue. */
export function validateFile(file: string, data: unknown): AnyPlaybookFile {
  const o = data as Partial<ExternalFile> | null;
  if (o && typeof o === 'object' && typeof o.kind === 'string' && EXTERNAL_KINDS.includes(o.kind)) {
    if (typeof o.id !== 'string') throw new ContentError(file, 'id', 'must be a string');
    return o as ExternalFile;
  }
  const result = v.safeParse(PlaybookFileSchema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ContentError(file, v.getDotPath(issue) ?? '', issue.message);
}

/** The id a file must have: its base name without extension. */
export const fileId = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

const SINGLETONS = ['basic', 'intro', 'record-items', 'notes', 'contacts', 'references', 'triage'];

/** Checks the rules across files; throws ContentError naming the first offending place. */
export function validateContent(all: readonly NamedFile<AnyPlaybookFile>[]): void {
  const fail = (file: string, path: string, reason: string): never => {
    throw new ContentError(file, path, reason);
  };

  // Every `id` anywhere is unique across all files.
  const seen = new Map<string, string>();
  for (const { file, data } of all) {
    if (fileId(file) !== data.id) fail(file, 'id', `must equal the file name "${fileId(file)}"`);
    walkIds(data, '', (id, path) => {
      if (!ID_PATTERN.test(id)) fail(file, path, 'must be kebab-case');
      const other = seen.get(id);
      if (other) fail(file, path, `duplicate id "${id}" (also at ${other})`);
      seen.set(id, `${file}: ${path}`);
    });
  }

  const files = all.filter((f): f is NamedFile<PlaybookFile> => isPlaybookFile(f.data));
  for (const kind of SINGLETONS) {
    const n = files.filter((f) => f.data.kind === kind).length;
    if (n !== 1)
      fail(files[0]?.file ?? 'playbooks', 'kind', `need exactly one "${kind}" file, found ${n}`);
  }
  const byKind = <K extends PlaybookFile['kind']>(k: K) =>
    files.find((f) => f.data.kind === k)?.data as Extract<PlaybookFile, { kind: K }>;
  const noteIds = new Set(byKind('notes').notes.map((n) => n.id));
  const contactIds = new Set(byKind('contacts').groups.flatMap((g) => g.contacts.map((c) => c.id)));
  const basic = byKind('basic');
  const incidents = files.filter((f): f is NamedFile<IncidentPlaybook> =>
    isIncidentPlaybook(f.data),
  );
  const itemKind = new Map<string, { playbook: string; kind: string }>();
  for (const { data } of incidents)
    for (const ph of data.phases)
      for (const s of ph.sections)
        for (const it of s.items) itemKind.set(it.id, { playbook: data.id, kind: s.kind });

  const orders = new Set<number>();
  for (const { file, data } of incidents) {
    if (orders.has(data.order)) fail(file, 'order', `order ${data.order} is used twice`);
    orders.add(data.order);
    checkIncident(file, data);
  }

  function checkIncident(file: string, pb: IncidentPlaybook) {
    const causeIds = new Set((pb.causes ?? []).map((c) => c.id));
    const own = (id: string) => itemKind.get(id)?.playbook === pb.id;
    if (pb.urgent?.item && !own(pb.urgent.item))
      fail(file, 'urgent.item', `"${pb.urgent.item}" is not an item of this playbook`);
    pb.causes?.forEach((c, ci) => {
      if (c.urgent?.item && !own(c.urgent.item))
        fail(
          file,
          `causes.${ci}.urgent.item`,
          `"${c.urgent.item}" is not an item of this playbook`,
        );
    });
    pb.notes?.forEach(
      (id, i) => noteIds.has(id) || fail(file, `notes.${i}`, `unknown note "${id}"`),
    );
    pb.phases.forEach((ph, pi) => {
      const at = `phases.${pi}`;
      if (ph.phase !== PHASE_IDS[pi]) fail(file, `${at}.phase`, `expected "${PHASE_IDS[pi]}"`);
      let last = -1;
      ph.sections.forEach((s, si) => {
        const sat = `${at}.sections.${si}`;
        if (SECTION_PHASE[s.kind] !== ph.phase)
          fail(file, `${sat}.kind`, `"${s.kind}" does not belong to phase "${ph.phase}"`);
        const k = SECTION_KINDS.indexOf(s.kind);
        if (k <= last) fail(file, `${sat}.kind`, `"${s.kind}" is repeated or out of order`);
        last = k;
        if (s.items.length === 0 && !s.basic?.length)
          fail(file, `${sat}.items`, 'a section needs items or basic references');
        if (s.basic && pb.kind === 'basic')
          fail(file, `${sat}.basic`, 'basic steps cannot refer to themselves');
        s.basic?.forEach((id, i) => {
          const target = itemKind.get(id);
          if (target?.playbook !== basic.id)
            fail(file, `${sat}.basic.${i}`, `unknown basic step item "${id}"`);
          if (target?.kind !== s.kind)
            fail(file, `${sat}.basic.${i}`, `"${id}" is a "${target?.kind}" item, not "${s.kind}"`);
        });
        s.refs?.forEach((r, ri) => {
          if (r.after && !s.items.some((it) => it.id === r.after))
            fail(file, `${sat}.refs.${ri}.after`, `no item "${r.after}" in this section`);
        });
        s.items.forEach((it, ii) => {
          const iat = `${sat}.items.${ii}`;
          it.notes?.forEach(
            (id, i) => noteIds.has(id) || fail(file, `${iat}.notes.${i}`, `unknown note "${id}"`),
          );
          it.contacts?.forEach(
            (id, i) =>
              contactIds.has(id) || fail(file, `${iat}.contacts.${i}`, `unknown contact "${id}"`),
          );
          if (it.cause && !causeIds.has(it.cause))
            fail(file, `${iat}.cause`, `unknown cause "${it.cause}"`);
          if (it.sameAs) {
            const t = itemKind.get(it.sameAs);
            if (!t || t.playbook === pb.id || t.playbook === basic.id || t.kind !== s.kind)
              fail(
                file,
                `${iat}.sameAs`,
                `"${it.sameAs}" is not a "${s.kind}" item of another incident type`,
              );
          }
        });
      });
    });
  }

  const triage = files.find((f) => f.data.kind === 'triage')!;
  if (triage.data.kind === 'triage')
    triage.data.cues.forEach((c, i) => {
      const pb = incidents.find((f) => f.data.id === c.playbook)?.data;
      if (!pb) fail(triage.file, `cues.${i}.playbook`, `unknown playbook "${c.playbook}"`);
      if (c.cause && !pb?.causes?.some((x) => x.id === c.cause))
        fail(triage.file, `cues.${i}.cause`, `"${c.playbook}" has no cause "${c.cause}"`);
    });

  for (const { file, data } of all)
    if (!isPlaybookFile(data))
      walkKey(data, '', 'contact', (id, path) => {
        for (const [i, c] of (Array.isArray(id) ? id : [id]).entries())
          if (!contactIds.has(c as string))
            fail(file, Array.isArray(id) ? `${path}.${i}` : path, `unknown contact "${c}"`);
      });

  const rec = files.find((f) => f.data.kind === 'record-items')!;
  if (rec.data.kind === 'record-items') {
    const ids = rec.data.items.map((x) => x.id).join(',');
    if (ids !== RECORD_ITEM_IDS.join(','))
      fail(rec.file, 'items', `must be exactly ${RECORD_ITEM_IDS.join(', ')} in this order`);
  }
}

/** Calls `visit` for every `id` property in a parsed file, with its dot path. */
function walkIds(value: unknown, path: string, visit: (id: string, path: string) => void): void {
  walkKey(value, path, 'id', (x, p) => typeof x === 'string' && visit(x, p));
}

/** Calls `visit` for every property named `key` or `key + 's'`, with its dot path. */
function walkKey(
  value: unknown,
  path: string,
  key: string,
  visit: (v: unknown, path: string) => void,
): void {
  if (Array.isArray(value))
    value.forEach((x, i) => walkKey(x, path ? `${path}.${i}` : `${i}`, key, visit));
  else if (value && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (k === key || (k === `${key}s` && Array.isArray(x) && typeof x[0] === 'string'))
        visit(x, p);
      else walkKey(x, p, key, visit);
    }
}
