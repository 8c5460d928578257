import { describe, it, expect } from 'vitest';
import { loadAll } from '../../content/load';
import { INCIDENT_TYPES, BASIC_STEPS } from '../../content/catalog';
import { isIncidentPlaybook } from '../../content/model';
import { guide } from '../../i18n/ja/guide';

// The guide catalogue names the playbooks by the content's own short names (an item's 「出典」).
describe('the guide catalogue names what the content names', () => {
  it("the playbooks' short names", async () => {
    const content = await loadAll();
    const names: Record<string, string> = guide.ja.playbooks;
    const playbooks = content.files.filter(isIncidentPlaybook);
    expect(playbooks.length).toBe(INCIDENT_TYPES.length + 1);
    for (const p of playbooks) expect(names[p.id], p.id).toBeDefined();
    for (const t of [...INCIDENT_TYPES, BASIC_STEPS]) expect(names[t.id], t.id).toBe(t.shortTitle);
  });
});
