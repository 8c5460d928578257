import { BackupPanel } from './BackupPanel';

/** /backup: バックアップと復元 on a page of its own. */
export default function BackupPage() {
  return (
    <>
      <h1>バックアップと復元</h1>
      <BackupPanel />
    </>
  );
}
