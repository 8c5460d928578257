import { useEffect, useState } from 'preact/hooks';
import { BACKUP_COUNT_CAP, backupStatus } from './reminder-data';
import './reminder.css';

/**
 * A gentle reminder to back up, shown only when incidents changed since the last backup
 * (or were never backed up). Renders nothing otherwise, and nothing if storage fails.
 */
export function BackupReminder() {
  const [state, setState] = useState<{ changed: number; never: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    backupStatus().then(
      ({ changed, lastBackupAt }) => live && setState({ changed, never: lastBackupAt === null }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (!state || state.changed === 0) return null;
  return (
    <aside class="backup-reminder" aria-label="バックアップのおすすめ">
      <p>
        {state.never
          ? 'まだバックアップをしていません。端末の故障や紛失に備えて、記録をファイルに保存しておきましょう。'
          : `前回のバックアップのあとに変わった対応記録が ${state.changed >= BACKUP_COUNT_CAP ? `${BACKUP_COUNT_CAP}件以上` : `${state.changed}件`}あります。`}
      </p>
      <a class="button" href="/backup">
        バックアップする
      </a>
    </aside>
  );
}
