import type { ComponentType } from 'preact';
import { lazyPage } from '../../app/lazyPage';
import SettingsPage from './SettingsPage';

/** 設定 → チーム: team mode's page, its own chunk (loaded only when opened). */
const TeamPage = lazyPage(() => import('../team/TeamPage')) as ComponentType;

/** /settings and its sub-pages (only チーム so far; anything else shows 設定). */
export default function SettingsRoute({ part }: { part?: string }) {
  return part === 'team' ? <TeamPage /> : <SettingsPage />;
}
