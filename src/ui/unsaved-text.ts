/**
 * Typed text not yet saved, written synchronously on every keystroke (localStorage), so text
 * typed just before a reload, a closed tab or a failed save is never lost; removed once the
 * text is committed to IndexedDB. (Not the `drafts` store, which keeps edited export documents.)
 */

/** Typed text not yet committed, and the stored version it was typed over. */
export interface UnsavedText {
  value: string;
  /** updatedAt of the stored value the edit started from (null: the field was empty). */
  base: string | null;
}

const PREFIX = 'incident-navi:draft:';

/** The draft key of one field of one incident (or of one 備え form: owner 'prep', its record id). */
export function unsavedKey(incidentId: string, fieldId: string): string {
  return `${PREFIX}${incidentId}:${fieldId}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Access itself throws when site data is blocked.
    return null;
  }
}

/** The draft under `key`, or null (none, unreadable, or no local storage). */
export function readUnsaved(key: string): UnsavedText | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<UnsavedText>;
    if (typeof parsed.value !== 'string') return null;
    return { value: parsed.value, base: typeof parsed.base === 'string' ? parsed.base : null };
  } catch {
    return null;
  }
}

/** Keeps a draft; false when it could not be kept (storage full or blocked). */
export function writeUnsaved(key: string, draft: UnsavedText): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a draft (after its text was committed). */
export function clearUnsaved(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** Forgets every unsaved text of incidents that are gone for good (purged from the trash). */
export function clearUnsavedOf(incidentIds: readonly string[]): void {
  const s = storage();
  if (!s || incidentIds.length === 0) return;
  const prefixes = incidentIds.map((id) => unsavedKey(id, ''));
  try {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
    for (const key of keys) if (prefixes.some((p) => key.startsWith(p))) s.removeItem(key);
  } catch {
    // Site data blocked: nothing was kept either.
  }
}
