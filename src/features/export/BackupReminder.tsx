import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { BackupStatus } from './slice';
import { useMessages } from '../../i18n/active';
import { exportReminder } from '../../i18n/ja/export-reminder';
import '../../ui/reminder.css';

/**
 * A gentle reminder to back up, shown only when incidents changed since the last backup
 * (or were never backed up). Renders nothing otherwise, and nothing if storage fails.
 */
export function BackupReminder() {
  const m = useMessages(exportReminder);
  const backupStatus = useStore((s) => s.backupStatus);
  const [state, setState] = useState<BackupStatus | null>(null);
  useEffect(() => {
    let live = true;
    backupStatus().then(
      (status) => live && setState(status),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [backupStatus]);
  if (!state || state.changed === 0) return null;
  return (
    <aside class="backup-reminder" aria-label={m.label}>
      <p>
        {state.lastBackupAt === null
          ? m.never
          : m.changed(state.changed >= state.cap ? m.atLeast(state.cap) : m.count(state.changed))}
      </p>
      <a class="button" href="/backup">
        {m.backUp}
      </a>
    </aside>
  );
}
