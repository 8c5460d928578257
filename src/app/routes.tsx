import { lazyPage } from './lazyPage';
import { storedData } from './storedData';
import type { ComponentType } from 'preact';
import type { IconName } from '../ui/icons';
// The home route is prerendered: its CSS ships with the shell so the first paint is styled.
import '../features/home/home.css';

/** A main section shown in the bottom navigation. */
export interface Section {
  path: string;
  /** Names its label in the app catalogue (src/i18n/ja/app.ts `sections`). */
  id: 'home' | 'incidents' | 'guide' | 'contacts';
  icon: IconName;
}

/** The bottom navigation, in order. */
export const sections: Section[] = [
  { path: '/', id: 'home', icon: 'home' },
  { path: '/incidents', id: 'incidents', icon: 'records' },
  { path: '/guide', id: 'guide', icon: 'guide' },
  { path: '/contacts', id: 'contacts', icon: 'contacts' },
];

/** Route table: path pattern → lazily loaded page (one chunk per feature). */
// Pages take their route params as props; `never` lets each page declare its own.
export const routes: { path: string; component: ComponentType<never> }[] = [
  { path: '/', component: lazyPage(() => import('../features/home/HomePage')) },
  {
    path: '/incidents',
    component: storedData(lazyPage(() => import('../features/incidents/IncidentsPage'))),
  },
  {
    path: '/incidents/new',
    component: storedData(lazyPage(() => import('../features/incidents/NewIncidentPage'))),
  },
  {
    path: '/incidents/:id',
    component: storedData(lazyPage(() => import('../features/incidents/IncidentPage'))),
  },
  {
    path: '/incidents/:id/record',
    component: storedData(lazyPage(() => import('../features/incidents/RecordPage'))),
  },
  {
    path: '/incidents/:id/timeline',
    component: storedData(lazyPage(() => import('../features/incidents/TimelinePage'))),
  },
  {
    path: '/incidents/:id/evidence',
    component: storedData(lazyPage(() => import('../features/incidents/EvidencePage'))),
  },
  {
    path: '/incidents/:id/drill',
    component: storedData(
      lazyPage(() => import('../features/drills/pages').then((m) => ({ default: m.DrillRunPage }))),
    ),
  },
  {
    path: '/drills',
    component: storedData(
      lazyPage(() => import('../features/drills/pages').then((m) => ({ default: m.DrillsPage }))),
    ),
  },
  {
    path: '/drills/debriefs/:id',
    component: storedData(
      lazyPage(() => import('../features/drills/pages').then((m) => ({ default: m.DebriefPage }))),
    ),
  },
  {
    // 設定, and 設定 → チーム at /settings/team (team mode's page loads from the settings chunk).
    path: '/settings/:part?',
    component: storedData(lazyPage(() => import('../features/settings/SettingsRoute'))),
  },
  {
    path: '/incidents/:id/reporting',
    component: storedData(lazyPage(() => import('../features/reporting/ReportingPage'))),
  },
  {
    path: '/incidents/:id/share',
    component: storedData(lazyPage(() => import('../features/export/SharePage'))),
  },
  {
    path: '/backup',
    component: storedData(lazyPage(() => import('../features/export/BackupPage'))),
  },
  { path: '/prep', component: storedData(lazyPage(() => import('../features/prep/PrepPage'))) },
  {
    path: '/prep/card',
    component: storedData(lazyPage(() => import('../features/prep/CardPage'))),
  },
  {
    path: '/prep/:part',
    component: storedData(lazyPage(() => import('../features/prep/PrepPartPage'))),
  },
  { path: '/guide', component: lazyPage(() => import('../features/guide/GuidePage')) },
  { path: '/contacts', component: lazyPage(() => import('../features/contacts/ContactsPage')) },
  { path: '/guide/:id', component: lazyPage(() => import('../features/guide/GuideDocPage')) },
  { path: '/playbooks/:id', component: lazyPage(() => import('../features/guide/PlaybookPage')) },
  { path: '/triage', component: lazyPage(() => import('../features/home/TriagePage')) },
  { path: '/search', component: lazyPage(() => import('../features/search/SearchPage')) },
];

/** The page for unknown paths. */
export const NotFound = lazyPage(
  () => import('../features/notfound/NotFoundPage'),
) as ComponentType;

/** Which section a path belongs to, for the bottom navigation's current mark. */
export function sectionOf(path: string): string {
  const match = sections
    .filter((s) =>
      s.path === '/' ? path === '/' : path === s.path || path.startsWith(`${s.path}/`),
    )
    .map((s) => s.path);
  return match[0] ?? '';
}
