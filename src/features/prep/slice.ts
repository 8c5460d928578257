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
}

let following = false;

export const createPrepSlice: SliceCreator<PrepSlice> = (set, get) => ({
  prep: null,
  prepError: null,

  async loadPrep() {
    if (!following) {
      following = true;
      onRemoteChange((m) => {
        if (m.part === 'prep') void get().loadPrep();
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
    const record = await putPrep(input);
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
});
