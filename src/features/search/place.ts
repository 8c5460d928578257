/** Where a search result lives in the app (a link) and how to name that place. Pure. */
import type { SearchResult } from '../../content/search';
import { isIncidentPlaybook, type Content } from '../../content/model';
import type { MessagesOf } from '../../i18n/namespace';
import type { guide } from '../../i18n/ja/guide';
import type { search } from '../../i18n/ja/search';

/** The words a place is named with: the search and guide catalogues, and the playbooks' renderings. */
export interface PlaceWords {
  m: MessagesOf<(typeof search)['ja']>;
  g: MessagesOf<(typeof guide)['ja']>;
  /** A playbook sentence in the language on screen (the original when not rendered). */
  text: (ja: string) => string;
}

const hash = (anchor?: string) => (anchor ? `#${encodeURIComponent(anchor)}` : '');

/** The page (and anchor) that shows a search result's text. */
export function resultHref(r: SearchResult): string {
  const { anchor } = r.location;
  switch (r.kind) {
    case 'screen':
      return r.location.href ?? '/';
    case 'basic':
    case 'incident-type': {
      const top = r.path.split('.')[0];
      // The lead and headings are read on the guide page; the rest is in the playbook view.
      if (top === 'lead' || top === 'title' || top === 'part' || top === 'shortTitle')
        return `/guide/${r.playbookId}`;
      if (top === 'causes') return `/playbooks/${r.playbookId}?cause=${anchor ?? ''}`;
      return `/playbooks/${r.playbookId}${hash(anchor)}`;
    }
    case 'contacts':
      return `/contacts${hash(anchor)}`;
    case 'triage':
      return `/triage${hash(anchor)}`;
    default:
      return `/guide/${r.playbookId}${hash(anchor)}`;
  }
}

/** A short name of the place, e.g. 「ランサムウェア › 復旧・再発防止 › 調査・対応」. */
export function placeLabel(r: SearchResult, content: Content, words: PlaceWords): string {
  const { m, g, text } = words;
  if (r.kind === 'screen') return m.appScreen;
  const file = content.files.find((f) => f.id === r.playbookId);
  if (!file) return '';
  if (isIncidentPlaybook(file)) {
    const names: Readonly<Record<string, string>> = g.playbooks;
    const phase = file.phases.find((p) => p.id === r.location.phaseId);
    const section = phase?.sections.find((s) => s.id === r.location.sectionId);
    return [
      names[file.id] ?? text(file.shortTitle),
      phase && g.phases[phase.phase],
      section && (g.sections[section.kind] ?? text(section.title)),
    ]
      .filter(Boolean)
      .join(' › ');
  }
  if (file.kind === 'contacts') return m.contacts;
  if (file.kind === 'triage') return m.triage;
  return text(file.title);
}

const RANK: Record<string, number> = {
  screen: 0,
  'incident-type': 1,
  basic: 2,
  contacts: 3,
  triage: 4,
};

/** Results ordered for someone acting: the app's screens, incident playbooks, the basic steps, contacts, the rest (stable within each). */
export function rankResults<T extends Pick<SearchResult, 'kind'>>(results: readonly T[]): T[] {
  return results
    .map((r, i) => ({ r, i, k: RANK[r.kind] ?? 5 }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}
