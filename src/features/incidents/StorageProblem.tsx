import { useStore } from '../../app/store';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** A banner when storage needs a reload (newer version in another tab, connection lost). */
export function StorageProblem() {
  const m = useMessages(incidents);
  const problem = useStore((s) => s.storageProblem);
  // A newer version waiting (or already running in another tab): switch to it in one reload.
  const applyUpdate = useStore((s) => s.applyUpdate);
  if (!problem) return null;
  return (
    <div class="notice error" role="alert">
      <p>{problem}</p>
      <button
        class="button"
        type="button"
        onClick={() => (applyUpdate ? applyUpdate() : location.reload())}
      >
        {m.reload}
      </button>
    </div>
  );
}
