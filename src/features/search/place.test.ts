import { describe, it, expect } from 'vitest';
import type { SearchResult } from '../../content/search';
import { rankResults, resultHref } from './place';

const hit = (r: Partial<SearchResult>): SearchResult => ({
  playbookId: 'ransomware',
  kind: 'incident-type',
  location: {},
  path: '',
  text: '',
  start: 0,
  end: 0,
  ranges: [],
  ...r,
});

describe('resultHref', () => {
  it('opens checklist items in the playbook view, at the item', () => {
    expect(
      resultHref(
        hit({
          path: 'phases.2.sections.0.items.1.text',
          location: { anchor: 'ransomware-restore-backup' },
        }),
      ),
    ).toBe('/playbooks/ransomware#ransomware-restore-backup');
  });
  it('opens the lead on the guide page, a cause as the narrowed playbook', () => {
    expect(resultHref(hit({ path: 'lead.0' }))).toBe('/guide/ransomware');
    expect(
      resultHref(
        hit({ playbookId: 'leak', path: 'causes.1.title', location: { anchor: 'insider' } }),
      ),
    ).toBe('/playbooks/leak?cause=insider');
  });
  it('opens contacts, triage cues and the other parts on their pages', () => {
    expect(
      resultHref(
        hit({ playbookId: 'contacts', kind: 'contacts', location: { anchor: 'npa-cyber-report' } }),
      ),
    ).toBe('/contacts#npa-cyber-report');
    expect(
      resultHref(
        hit({ playbookId: 'triage', kind: 'triage', location: { anchor: 'cue-ransom-message' } }),
      ),
    ).toBe('/triage#cue-ransom-message');
    expect(
      resultHref(hit({ playbookId: 'notes', kind: 'notes', location: { anchor: 'note-bcp' } })),
    ).toBe('/guide/notes#note-bcp');
  });
});

describe('rankResults', () => {
  it('puts the incident playbooks first, keeping content order within a kind', () => {
    const kinds = ['notes', 'incident-type', 'basic', 'contacts', 'incident-type'] as const;
    const ranked = rankResults(kinds.map((kind, i) => ({ kind, i })));
    expect(ranked.map((r) => r.i)).toEqual([1, 4, 2, 3, 0]);
  });
});
