import { useMessages } from '../../i18n/active';
import { exportBackup } from '../../i18n/ja/export-backup';
import { BackupPanel } from './BackupPanel';

/** /backup: バックアップと復元 on a page of its own. */
export default function BackupPage() {
  const m = useMessages(exportBackup);
  return (
    <>
      <h1>{m.pageTitle}</h1>
      <BackupPanel />
    </>
  );
}
