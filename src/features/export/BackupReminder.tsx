import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { BackupStatus } from './slice';
import '../../ui/reminder.css';

/**
 * A gentle reminder to back up, shown only when incidents changed since the last backup
 * (or were never backed up). Renders nothing otherwise, and nothing if storage fails.
 */
export function BackupReminder() {
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
    <aside class="backup-reminder" aria-label="バックアップのおすすめ">
      <p>
        {state.lastBackupAt === null
          ? 'まだバックアップをしていません。端末の故障や紛失に備えて、記録をファイルに保存しておきましょう。'
          : `前回のバックアップのあとに変わった対応記録が ${state.changed >= state.cap ? `${state.cap}件以上` : `${state.changed}件`}あります。`}
      </p>
      <a class="button" href="/backup">
        バックアップする
      </a>
    </aside>
  );
}
