/**
 * Validation of drill scenarios: the schema, then the references into the playbooks
 * (incident types, causes, checklist item ids) and the order of the injects.
 * Errors name the file and the path inside it, like the playbooks' (ContentError).
 */
import * as v from 'valibot';
import { ContentError, fileId, type NamedFile } from '../../content/validate';
import { isIncidentPlaybook, isPlaybookFile, type AnyPlaybookFile } from '../../content/model';
import { ScenarioSchema } from './scenario-schema';
import type { Scenario } from './scenario-model';

/** What a scenario may refer to, collected from the playbooks. */
export interface KnownIds {
  /** Incident type id → its cause ids. */
  types: Map<string, Set<string>>;
  /** Every checklist item id (basic steps and incident types). */
  items: Set<string>;
}

/** Collects the ids scenarios may refer to from the validated playbook files. */
export function knownIds(files: readonly NamedFile<AnyPlaybookFile>[]): KnownIds {
  const known: KnownIds = { types: new Map(), items: new Set() };
  for (const { data } of files) {
    if (!isPlaybookFile(data) || !isIncidentPlaybook(data)) continue;
    if (data.kind === 'incident-type')
      known.types.set(data.id, new Set((data.causes ?? []).map((c) => c.id)));
    for (const ph of data.phases)
      for (const s of ph.sections) for (const it of s.items) known.items.add(it.id);
  }
  return known;
}

/** Checks one parsed scenario; throws ContentError at the first problem. */
export function validateScenario(file: string, data: unknown, known: KnownIds): Scenario {
  const result = v.safeParse(ScenarioSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ContentError(file, v.getDotPath(issue) ?? '', issue.message);
  }
  const s = result.output as Scenario;
  const fail = (path: string, reason: string): never => {
    throw new ContentError(file, path, reason);
  };
  if (s.id !== fileId(file)) fail('id', `must equal the file name "${fileId(file)}"`);
  s.types.forEach(
    (t, i) => known.types.has(t) || fail(`types.${i}`, `unknown incident type "${t}"`),
  );
  s.causes?.forEach(
    (c, i) =>
      s.types.some((t) => known.types.get(t)?.has(c)) ||
      fail(`causes.${i}`, `no chosen incident type has the cause "${c}"`),
  );
  const item = (id: string, path: string) =>
    known.items.has(id) || fail(path, `unknown checklist item "${id}"`);
  let last = -1;
  s.injects.forEach((inj, i) => {
    if (inj.at < last)
      fail(`injects.${i}.at`, `T+${inj.at} comes before T+${last}: keep injects in order`);
    if (inj.at > s.minutes)
      fail(`injects.${i}.at`, `T+${inj.at} is after the end (${s.minutes} minutes)`);
    last = inj.at;
    inj.expect?.items?.forEach((id, j) => item(id, `injects.${i}.expect.items.${j}`));
  });
  s.model.forEach((m, i) => {
    if (m.item) item(m.item, `model.${i}.item`);
    else if (!m.text || !m.why || !m.guide)
      fail(`model.${i}`, 'a step without an item needs text, why and guide');
  });
  return s;
}
