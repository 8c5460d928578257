import { describe, it, expect } from 'vitest';
import { loadAll } from '../../content/load';
import { INCIDENT_TYPES, BASIC_STEPS } from '../../content/catalog';
import { isIncidentPlaybook } from '../../content/model';
import { guide } from '../../i18n/ja/guide';

// The guide catalogue names the playbooks in the guide's own words: a title that drifted
// would show the file's title instead (PartTitle), so keep them the same.
describe('the guide catalogue names what the content names', () => {
  it("the playbooks' titles and short names", async () => {
    const content = await loadAll();
    const titles: Record<string, string> = guide.ja.titles;
    const names: Record<string, string> = guide.ja.playbooks;
    const playbooks = content.files.filter(isIncidentPlaybook);
    expect(playbooks.length).toBe(INCIDENT_TYPES.length + 1);
    for (const p of playbooks) expect(titles[p.id], p.id).toBe(p.title);
    for (const t of [...INCIDENT_TYPES, BASIC_STEPS]) expect(names[t.id], t.id).toBe(t.shortTitle);
  });
});
