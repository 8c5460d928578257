import type { PrepProfile } from '../../storage';
import { prepCheck } from '../../i18n/ja/prep-check';

// The Japanese of each point and of where the guide says it (the catalogue is their source).
const { items: TEXT, guides: GUIDE } = prepCheck.ja;

/** One point of 備えの点検: what the guide presumes is ready before an incident. */
export interface ReadinessItem {
  id: string;
  text: string;
  /** Where the guide says it. */
  guide: { label: string; href: string };
  /** For points 備え itself can answer: true when the profile shows it (else asked). */
  auto?: (p: PrepProfile) => boolean;
  /** Where in 備え to fill it in, for auto points. */
  fillAt?: string;
}

const phoneOf = (p: PrepProfile, role: keyof PrepProfile['contacts']) =>
  Boolean(p.contacts[role]?.phone);

/** The check, in the order of the guide's steps (ids are stored: never rename one). */
export const READINESS_ITEMS: readonly ReadinessItem[] = [
  {
    id: 'policy',
    text: TEXT['policy'],
    guide: {
      label: GUIDE['policy'],
      href: '/guide/basic#basic-set-up-response-team',
    },
  },
  {
    id: 'report-rule',
    text: TEXT['report-rule'],
    guide: {
      label: GUIDE['report-rule'],
      href: '/guide/basic#basic-report-to-security-officer',
    },
  },
  {
    id: 'inside-contacts',
    text: TEXT['inside-contacts'],
    guide: {
      label: GUIDE['inside-contacts'],
      href: '/guide/basic#basic-report-to-management',
    },
    auto: (p) => phoneOf(p, 'security-officer') && phoneOf(p, 'executive'),
    fillAt: '/prep/contacts',
  },
  {
    id: 'outside-contacts',
    text: TEXT['outside-contacts'],
    guide: { label: GUIDE['outside-contacts'], href: '/guide/basic#basic-ask-for-support' },
    auto: (p) => phoneOf(p, 'vendor') || phoneOf(p, 'otasuke'),
    fillAt: '/prep/contacts',
  },
  {
    id: 'network-cut',
    text: TEXT['network-cut'],
    guide: { label: GUIDE['network-cut'], href: '/guide/basic#basic-contain' },
    auto: (p) => Boolean(p.systems?.networkCut.trim()),
    fillAt: '/prep/systems',
  },
  {
    id: 'evidence',
    text: TEXT['evidence'],
    guide: { label: GUIDE['evidence'], href: '/guide/basic#basic-preserve-evidence' },
  },
  {
    id: 'personal-data',
    text: TEXT['personal-data'],
    guide: { label: GUIDE['personal-data'], href: '/guide/leak#leak-check-what-leaked' },
    auto: (p) => Boolean(p.systems?.personalData.trim()),
    fillAt: '/prep/systems',
  },
  {
    id: 'offline-backup',
    text: TEXT['offline-backup'],
    guide: {
      label: GUIDE['offline-backup'],
      href: '/guide/ransomware#ransomware-restore-backup',
    },
    auto: (p) => p.systems?.offlineCopy === 'yes',
    fillAt: '/prep/systems',
  },
  {
    id: 'restore-test',
    text: TEXT['restore-test'],
    guide: {
      label: GUIDE['restore-test'],
      href: '/guide/ransomware#ransomware-restore-backup',
    },
    auto: (p) => Boolean(p.systems?.lastRestoreTest),
    fillAt: '/prep/systems',
  },
  {
    id: 'logs',
    text: TEXT['logs'],
    guide: { label: GUIDE['logs'], href: '/guide/leak#leak-check-access-logs' },
  },
  {
    id: 'bcp',
    text: TEXT['bcp'],
    guide: { label: GUIDE['bcp'], href: '/guide/notes#note-bcp' },
  },
];

/** Which points are ready and which are missing, from the profile and the answers. Pure. */
export function readiness(p: PrepProfile, answers: Record<string, 'yes' | 'no'>) {
  const ready = (i: ReadinessItem) => (i.auto ? i.auto(p) : answers[i.id] === 'yes');
  const missing = READINESS_ITEMS.filter((i) => !ready(i));
  return { score: READINESS_ITEMS.length - missing.length, total: READINESS_ITEMS.length, missing };
}
