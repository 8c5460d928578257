import { lazy } from 'preact-iso';
import { storedData } from './storedData';
import type { ComponentType } from 'preact';
import type { IconName } from '../ui/icons';
// The home route is prerendered: its CSS ships with the shell so the first paint is styled.
import '../features/home/home.css';

/** A main section shown in the bottom navigation. */
export interface Section {
  path: string;
  label: string;
  icon: IconName;
}

/** The bottom navigation, in order. */
export const sections: Section[] = [
  { path: '/', label: 'ホーム', icon: 'home' },
  { path: '/incidents', label: '対応記録', icon: 'records' },
  { path: '/guide', label: '手引き', icon: 'guide' },
  { path: '/contacts', label: '連絡先', icon: 'contacts' },
];

/** Route table: path pattern → lazily loaded page (one chunk per feature). */
// Pages take their route params as props; `never` lets each page declare its own.
export const routes: { path: string; component: ComponentType<never> }[] = [
  { path: '/', component: lazy(() => import('../features/home/HomePage')) },
  {
    path: '/incidents',
    component: storedData(lazy(() => import('../features/incidents/IncidentsPage'))),
  },
  {
    path: '/incidents/new',
    component: storedData(lazy(() => import('../features/incidents/NewIncidentPage'))),
  },
  {
    path: '/incidents/:id',
    component: storedData(lazy(() => import('../features/incidents/IncidentPage'))),
  },
  {
    path: '/incidents/:id/record',
    component: storedData(lazy(() => import('../features/incidents/RecordPage'))),
  },
  {
    path: '/incidents/:id/timeline',
    component: storedData(lazy(() => import('../features/incidents/TimelinePage'))),
  },
  {
    path: '/settings',
    component: storedData(lazy(() => import('../features/settings/SettingsPage'))),
  },
  {
    path: '/incidents/:id/reporting',
    component: storedData(lazy(() => import('../features/reporting/ReportingPage'))),
  },
  {
    path: '/incidents/:id/share',
    component: storedData(lazy(() => import('../features/export/SharePage'))),
  },
  { path: '/backup', component: storedData(lazy(() => import('../features/export/BackupPage'))) },
  { path: '/prep', component: storedData(lazy(() => import('../features/prep/PrepPage'))) },
  { path: '/prep/card', component: storedData(lazy(() => import('../features/prep/CardPage'))) },
  {
    path: '/prep/:part',
    component: storedData(lazy(() => import('../features/prep/PrepPartPage'))),
  },
  { path: '/guide', component: lazy(() => import('../features/guide/GuidePage')) },
  { path: '/contacts', component: lazy(() => import('../features/contacts/ContactsPage')) },
  { path: '/guide/:id', component: lazy(() => import('../features/guide/GuideDocPage')) },
  { path: '/playbooks/:id', component: lazy(() => import('../features/guide/PlaybookPage')) },
  { path: '/triage', component: lazy(() => import('../features/home/TriagePage')) },
  { path: '/search', component: lazy(() => import('../features/search/SearchPage')) },
];

/** The page for unknown paths. */
export const NotFound = lazy(() => import('../features/notfound/NotFoundPage'));

/** Which section a path belongs to, for the bottom navigation's current mark. */
export function sectionOf(path: string): string {
  const match = sections
    .filter((s) =>
      s.path === '/' ? path === '/' : path === s.path || path.startsWith(`${s.path}/`),
    )
    .map((s) => s.path);
  return match[0] ?? '';
}
