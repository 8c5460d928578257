import { useState } from 'preact/hooks';
import type { RestoreProgress } from '../../export/backup/check';
import { BackupError, backupErrorText } from '../../export/backup/errors';
import { describeRestore } from '../../export/backup/merge';
import type { CheckedBackup } from '../../export/backup/parse';
import { formatDate } from '../../export/words';
import { inspectBackupFile, restoreBackup } from './backup-data';
import { RestoreProblems } from './RestoreProblems';
import { IntegrityReport } from './IntegrityReport';
import { useMessages } from '../../i18n/active';
import { exportBackup } from '../../i18n/ja/export-backup';
import { exportSummary } from '../../i18n/ja/export-summary';

const count = (n: number) => n.toLocaleString('ja-JP');

/** Records a restore would write (settings are this device's own and never restored). */
const restorable = (c: CheckedBackup) =>
  Object.entries(c.backup.data).reduce(
    (n, [store, list]) => (store === 'settings' ? n : n + (list as unknown[]).length),
    0,
  );

/** Incidents in the file, restorable or not (the file's own count, not what is restored). */
const incidentsInFile = (c: CheckedBackup) =>
  c.backup.data.incidents.length + c.problems.filter((p) => p.store === 'incidents').length;

/** How far a long check or write got, as a bar and in words. */
function ProgressLine({ progress }: { progress: RestoreProgress }) {
  const m = useMessages(exportBackup);
  const label = m.phases[progress.phase];
  return (
    <div class="restore-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <p class="small">{m.progress(label, count(progress.done), count(progress.total))}</p>
    </div>
  );
}

/** 復元: choose a file, see what it holds (and which records cannot be restored), restore. */
export function RestoreSection() {
  const m = useMessages(exportBackup);
  const words = useMessages(exportSummary);
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
    say(m.checkingFile);
    try {
      const result = await inspectBackupFile(f, passphrase, setProgress);
      setChecked(result);
      setNeedsPass(false);
      say(restorable(result) === 0 ? `${m.nothingToRestore}${m.unchanged}` : '');
    } catch (error) {
      const e = error instanceof BackupError ? error : new BackupError('invalid');
      if (e.kind === 'needs-passphrase') setNeedsPass(true);
      const text = backupErrorText(e.kind, e.detail, m);
      say(
        `${text}${e.kind === 'needs-passphrase' ? '' : ` ${m.unchanged}`}`,
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
      say(`${describeRestore(counts, m)}${skipped ? m.skipped(count(skipped)) : ''}`);
      setChecked(null);
    } catch (error) {
      say(`${(error as Error).message} ${m.unchanged}`, true);
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  const valid = checked ? restorable(checked) : 0;
  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{m.restoreHeading}</h2>
      <p>{m.restoreIntro}</p>
      <div class="field">
        <label for="restore-file">{m.chooseFile}</label>
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
            <label for="restore-pass">{m.passphrase}</label>
            <input
              id="restore-pass"
              type="password"
              autocomplete="current-password"
              value={pass}
              onInput={(e) => setPass(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button primary" disabled={busy || !pass}>
            {m.openFile}
          </button>
        </form>
      )}
      {progress && <ProgressLine progress={progress} />}
      {checked && (
        <div class="field">
          <p>
            {m.madeAt(formatDate(checked.backup.createdAt, words), count(incidentsInFile(checked)))}
          </p>
          <IntegrityReport integrity={checked.integrity} />
          {checked.problems.length > 0 && (
            <div class="notice" role="alert">
              <p>{m.someNotRestorable}</p>
              <RestoreProblems problems={checked.problems} />
            </div>
          )}
          {valid > 0 && (
            <button type="button" class="button primary" disabled={busy} onClick={restore}>
              {checked.problems.length > 0 ? m.restoreSome(count(valid)) : m.restoreAll}
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
