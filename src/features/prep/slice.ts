import type { SliceCreator } from '../../app/store';
import {
  loadPrepProfile,
  onRemoteChange,
  putPrep,
  toPrepProfile,
  toStorageError,
  type PrepInput,
  type PrepProfile,
} from '../../storage';
import type { ReplacedPrep } from '../../storage/prep-replaced';
import { stripUnsafeDeep } from '../../lib/unsafe-text';

// Loaded on demand (the 備え page only), so the home bundle does not carry it.
const replacedRepo = () => import('../../storage/prep-replaced');

/** 平時の備え as the views see it, and its one write. */
export interface PrepSlice {
  /** The company's profile; null until read. */
  prep: PrepProfile | null;
  /** Why it could not be read. */
  prepError: string | null;
  /** Reads the profile (and follows other tabs' changes); safe to call from every page. */
  loadPrep(): Promise<void>;
  /** The profile read fresh from storage (for exports and the incident start). */
  readPrep(): Promise<PrepProfile>;
  /** Saves one record (one strict transaction); resolves after the commit. */
  savePrep(input: PrepInput): Promise<void>;
  /** 備え records another phone's change replaced here (team mode), newest first; null until read. */
  prepReplaced: ReplacedPrep[] | null;
  /** Reads the replaced records (again after another phone's or tab's change). */
  loadPrepReplaced(): Promise<void>;
  /** Removes one replaced record the person has checked; resolves after the commit. */
  dismissPrepReplaced(id: string): Promise<void>;
}

let following = false;

/** The store's slice for 平時の備え: its records, loaded once and followed across tabs. */
export const createPrepSlice: SliceCreator<PrepSlice> = (set, get) => ({
  prep: null,
  prepError: null,
  prepReplaced: null,

  async loadPrep() {
    if (!following) {
      following = true;
      onRemoteChange((m) => {
        if (m.part !== 'prep') return;
        void get().loadPrep();
        if (get().prepReplaced) void get().loadPrepReplaced();
      });
    }
    try {
      set({ prep: await loadPrepProfile(), prepError: null });
    } catch (e) {
      set({ prepError: toStorageError(e).message });
    }
  },

  readPrep: () => loadPrepProfile(),

  async savePrep(input) {
    // Typed text passes the one rule for control and bidi characters before it is stored.
    const record = await putPrep(stripUnsafeDeep(input));
    const current = get().prep;
    const records = current
      ? [
          ...(current.company ? [current.company] : []),
          ...Object.values(current.contacts),
          ...(current.systems ? [current.systems] : []),
          ...(current.check ? [current.check] : []),
        ].filter((r) => r.id !== record.id)
      : [];
    set({ prep: toPrepProfile([...records, record]) });
  },

  async loadPrepReplaced() {
    try {
      set({ prepReplaced: await (await replacedRepo()).listReplacedPrep() });
    } catch (e) {
      set({ prepError: toStorageError(e).message });
    }
  },

  async dismissPrepReplaced(id) {
    await (await replacedRepo()).dismissReplacedPrep(id);
    set({ prepReplaced: (get().prepReplaced ?? []).filter((e) => e.id !== id) });
  },
});
