import { useState } from 'preact/hooks';
import type { RestoreProgress } from '../../export/backup/check';
import { BackupError } from '../../export/backup/errors';
import { describeRestore } from '../../export/backup/merge';
import type { CheckedBackup } from '../../export/backup/parse';
import { formatJst } from '../../lib/jst';
import { inspectBackupFile, restoreBackup } from './backup-data';
import { RestoreProblems } from './RestoreProblems';
import { IntegrityReport } from './IntegrityReport';

const UNCHANGED = 'この端末の記録は何も変更していません。';
const count = (n: number) => n.toLocaleString('ja-JP');

/** Records a restore would write (settings are this device's own and never restored). */
const restorable = (c: CheckedBackup) =>
  Object.entries(c.backup.data).reduce(
    (n, [store, list]) => (store === 'settings' ? n : n + (list as unknown[]).length),
    0,
  );

/** How far a long check or write got, as a bar and in words. */
function ProgressLine({ progress }: { progress: RestoreProgress }) {
  const label = progress.phase === 'check' ? '記録を確かめています' : 'この端末に書き込んでいます';
  return (
    <div class="restore-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <p class="small">
        {label}… {count(progress.done)} / {count(progress.total)} 件
      </p>
    </div>
  );
}

/** 復元: choose a file, see what it holds (and which records cannot be restored), restore. */
export function RestoreSection() {
  const [file, setFile] = useState<File | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [pass, setPass] = useState('');
  const [checked, setChecked] = useState<CheckedBackup | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [message, setMessage] = useState('');
  const [isError, setIsError] = useState(false);

  const say = (text: string, error = false) => {
    setMessage(text);
    setIsError(error);
  };

  async function inspect(f: File, passphrase: string) {
    setBusy(true);
    setChecked(null);
    say('ファイルを確かめています…');
    try {
      const result = await inspectBackupFile(f, passphrase, setProgress);
      setChecked(result);
      setNeedsPass(false);
      say(restorable(result) === 0 ? `復元できる記録がありません。${UNCHANGED}` : '');
    } catch (error) {
      const e = error instanceof BackupError ? error : new BackupError('invalid');
      if (e.kind === 'needs-passphrase') setNeedsPass(true);
      say(
        `${e.message}${e.kind === 'needs-passphrase' ? '' : ` ${UNCHANGED}`}`,
        e.kind !== 'needs-passphrase',
      );
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  async function restore() {
    if (!checked) return;
    setBusy(true);
    say('');
    try {
      const counts = await restoreBackup(checked.backup, setProgress);
      const skipped = checked.problems.length;
      say(
        `${describeRestore(counts)}${skipped ? `（復元しなかった記録: ${count(skipped)}件）` : ''}`,
      );
      setChecked(null);
    } catch (error) {
      say(`${(error as Error).message} ${UNCHANGED}`, true);
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  const valid = checked ? restorable(checked) : 0;
  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">復元</h2>
      <p>
        バックアップファイルの記録を、この端末に戻します。この端末にある記録は消えません（同じ記録は新しいほうを残します）。この端末の設定（お名前やバックアップのお知らせ）は変わりません。
      </p>
      <div class="field">
        <label for="restore-file">バックアップファイルを選ぶ</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0] ?? null;
            setFile(f);
            setPass('');
            setNeedsPass(false);
            if (f) void inspect(f, '');
          }}
        />
      </div>
      {needsPass && file && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void inspect(file, pass);
          }}
        >
          <div class="field">
            <label for="restore-pass">パスフレーズ</label>
            <input
              id="restore-pass"
              type="password"
              autocomplete="current-password"
              value={pass}
              onInput={(e) => setPass(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button primary" disabled={busy || !pass}>
            ファイルを開く
          </button>
        </form>
      )}
      {progress && <ProgressLine progress={progress} />}
      {checked && (
        <div class="field">
          <p>
            {formatJst(checked.backup.createdAt)} に作られたバックアップです（対応記録{' '}
            {count(checked.backup.data.incidents.length)}件）。
          </p>
          <IntegrityReport integrity={checked.integrity} />
          {checked.problems.length > 0 && (
            <div class="notice" role="alert">
              <p>
                このファイルには、この端末に復元できない記録があります。ほかの記録だけを復元できます（復元しない記録はこの端末に書き込みません）。
              </p>
              <RestoreProblems problems={checked.problems} />
            </div>
          )}
          {valid > 0 && (
            <button type="button" class="button primary" disabled={busy} onClick={restore}>
              {checked.problems.length > 0
                ? `復元できる記録だけ復元する（${count(valid)}件）`
                : 'この端末に復元する'}
            </button>
          )}
        </div>
      )}
      <p
        class={`share-message${isError ? ' notice error' : ''}`}
        role={isError ? 'alert' : 'status'}
        aria-live="polite"
      >
        {message}
      </p>
    </section>
  );
}
