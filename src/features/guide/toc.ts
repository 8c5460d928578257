/** The 手引き table of contents, kept synchronous (no playbook loaded to show it). */
import { guideDoc } from '../../i18n/ja/guide-doc';

type PartId = keyof (typeof guideDoc)['ja']['parts'];

/** One part of the guide: the playbooks/ file it shows (its title: guide-doc's `parts`). */
export interface TocEntry {
  /** Id of the playbooks/ file the page shows. */
  id: PartId;
  href: string;
}

/** The guide's parts in reading order; reachable.test.tsx checks it against playbooks/. */
export const GUIDE_TOC: readonly TocEntry[] = [
  { id: 'intro', href: '/guide/intro' },
  { id: 'basic', href: '/guide/basic' },
  { id: 'virus', href: '/guide/virus' },
  { id: 'ransomware', href: '/guide/ransomware' },
  { id: 'leak', href: '/guide/leak' },
  { id: 'outage', href: '/guide/outage' },
  { id: 'record-items', href: '/guide/record-items' },
  { id: 'contacts', href: '/contacts' },
  { id: 'references', href: '/guide/references' },
  { id: 'notes', href: '/guide/notes' },
  { id: 'triage', href: '/triage' },
];
