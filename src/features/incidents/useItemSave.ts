import { useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { ProgressEntry, StorageError } from '../../storage';
import { useLogTexts } from './useLogTexts';

/** A checklist item's state as a person sets it. */
export type ItemState = ProgressEntry['state'];

/**
 * Saving one checklist item (one strict transaction per tap, logged in the timeline in the language on screen):
 * `saving` while it runs, `error` (Japanese) when it failed. Resolves true when committed.
 */
export function useItemSave(incidentId: string, itemId: string, itemText: string) {
  const setItem = useStore((s) => s.setItem);
  const log = useLogTexts();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (next: ItemState, extra: { at?: string; note?: string } = {}) => {
    setSaving(true);
    setError(null);
    try {
      await setItem(incidentId, itemId, next, { log: log.item(next, itemText), ...extra });
      return true;
    } catch (e) {
      setError((e as StorageError).message);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { save, saving, error };
}
