/** Loading of the content a guidance page needs, one lazy chunk per playbook file. */
import { loadIncidentPlaybooks, loadPlaybook } from '../../content/load';
import type { Contact, Contacts, IncidentPlaybook, Note, Notes } from '../../content/schema';
import { preload } from '../../ui/useLoad';

/** A playbook (with the basic steps), and the notes and contacts its items refer to. */
export interface PlaybookData {
  playbook: IncidentPlaybook;
  playbooks: IncidentPlaybook[];
  notes: Map<string, Note>;
  contacts: Map<string, Contact>;
}

/** Ids of the playbooks a person can follow: the basic steps and the incident types. */
export const PLAYBOOK_IDS = ['basic', 'virus', 'ransomware', 'leak', 'outage'] as const;

/** Loads what the playbook page `id` shows; rejects for an unknown id. */
export async function loadPlaybookData(id: string): Promise<PlaybookData> {
  if (!(PLAYBOOK_IDS as readonly string[]).includes(id))
    throw new Error(`unknown playbook "${id}"`);
  const [playbooks, notes, contacts] = await Promise.all([
    loadIncidentPlaybooks(id === 'basic' ? [] : [id]),
    loadPlaybook<Notes>('notes'),
    loadPlaybook<Contacts>('contacts'),
  ]);
  const playbook = playbooks.find((p) => p.id === id);
  if (!playbook) throw new Error(`unknown playbook "${id}"`);
  return {
    playbook,
    playbooks,
    notes: new Map(notes.notes.map((n) => [n.id, n])),
    contacts: new Map(contacts.groups.flatMap((g) => g.contacts.map((c) => [c.id, c]))),
  };
}

/** The useLoad key of a playbook page's data. */
export const playbookKey = (id: string) => `playbook:${id}`;

/** Loads a playbook page's data ahead of the tap that opens it; settles once it is loaded. */
export function preloadPlaybook(id: string): Promise<void> {
  return preload(playbookKey(id), () => loadPlaybookData(id));
}
