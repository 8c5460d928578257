import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import { LARGE_EVIDENCE_BYTES } from '../../export/backup/evidence-files';
import { useFormatBytes } from '../../ui/useFormatBytes';
import { BackupTooLargeError, createBackup, recordBackupSaved } from './backup-data';
import { RestoreSection } from './RestoreSection';
import { PassphrasePair, passphraseProblem } from './PassphrasePair';
import { canShareFiles, deliverFile, outcomeText } from './share';
import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { exportBackup } from '../../i18n/ja/export-backup';
import type { MessagesOf } from '../../i18n/namespace';
import '../../ui/records.css';
import './export.css';

/** バックアップと復元 of all data on this device (mount in the settings page or /backup). */
export function BackupPanel() {
  return (
    <div class="backup-panel">
      <BackupSection />
      <RestoreSection />
    </div>
  );
}

function BackupSection() {
  const m = useMessages(exportBackup);
  const page = useMessages(exportPage);
  const formatBytes = useFormatBytes();
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const evidence = useEvidenceChoice();

  const problem = encrypt ? passphraseProblem(pass, again, page) : '';

  async function run(how: 'save' | 'share') {
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage(encrypt ? page.encrypting : m.making);
    try {
      const out = await createBackup(encrypt ? pass : '', evidence.include);
      const doc = {
        title: m.backupTitle,
        text: out.text,
        filename: out.filename,
        mime: 'application/json',
      };
      const outcome = await deliverFile(doc, how);
      if (outcome === 'shared' || outcome === 'saved') await recordBackupSaved(out.createdAt);
      const counts =
        outcome === 'failed' || outcome === 'cancelled'
          ? ''
          : m.backupCounts(out.incidents, evidenceWords(out, m));
      setMessage(`${outcomeText(page, outcome)}${counts}`);
    } catch (error) {
      setMessage(error instanceof BackupTooLargeError ? m.backupTooLarge : m.backupFailed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{m.backupHeading}</h2>
      <p>{m.backupIntro}</p>
      {evidence.usage && evidence.usage.count > 0 && (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={evidence.include}
              onChange={(e) => evidence.setInclude(e.currentTarget.checked)}
            />
            <span>
              {m.includeEvidence(evidence.usage.count, formatBytes(evidence.usage.bytes))}
            </span>
          </label>
          <p class="small muted">
            {evidence.large ? m.evidenceLarge(formatBytes(LARGE_EVIDENCE_BYTES)) : ''}
            {m.evidenceNote}
          </p>
        </>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />
        <span>{m.encrypt}</span>
      </label>
      {encrypt && (
        <PassphrasePair id="backup" pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
      )}
      <div class="share-actions">
        <button type="button" class="button primary" disabled={busy} onClick={() => run('save')}>
          {page.saveFile}
        </button>
        {canShareFiles() && (
          <button type="button" class="button" disabled={busy} onClick={() => run('share')}>
            {page.share}
          </button>
        )}
      </div>
      <p class="share-message" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

/** 「、証拠のファイル 2件」: what a made backup carries of the evidence. */
const evidenceWords = (
  out: { evidenceFiles: number; evidenceLeftOut: number },
  m: MessagesOf<typeof exportBackup.ja>,
) =>
  (out.evidenceFiles ? m.evidenceFiles(out.evidenceFiles) : '') +
  (out.evidenceLeftOut ? m.evidenceLeftOut(out.evidenceLeftOut) : '');

/**
 * Whether the backup carries the evidence files: yes by default, no when they are large
 * (LARGE_EVIDENCE_BYTES or more), so a backup stays small enough for a phone to make and restore.
 */
function useEvidenceChoice() {
  const evidenceUsage = useStore((s) => s.evidenceUsage);
  const [usage, setUsage] = useState<{ count: number; bytes: number } | null>(null);
  const [include, setInclude] = useState(true);
  useEffect(() => {
    void evidenceUsage().then(
      (u) => {
        setUsage(u);
        setInclude(u.bytes < LARGE_EVIDENCE_BYTES);
      },
      () => setUsage(null),
    );
  }, [evidenceUsage]);
  const large = (usage?.bytes ?? 0) >= LARGE_EVIDENCE_BYTES;
  return { usage, include, setInclude, large };
}
