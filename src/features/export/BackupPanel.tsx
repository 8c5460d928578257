import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import { LARGE_EVIDENCE_BYTES } from '../../export/backup/evidence-files';
import { formatBytes } from '../../lib/bytes';
import { BackupTooLargeError, createBackup, recordBackupSaved } from './backup-data';
import { RestoreSection } from './RestoreSection';
import { PassphrasePair, passphraseProblem } from './PassphrasePair';
import { canShareFiles, deliverFile, OUTCOME_MESSAGES } from './share';
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
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const evidence = useEvidenceChoice();

  const problem = encrypt ? passphraseProblem(pass, again) : '';

  async function run(how: 'save' | 'share') {
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage(encrypt ? '暗号化しています…' : 'バックアップを作っています…');
    try {
      const out = await createBackup(encrypt ? pass : '', evidence.include);
      const doc = {
        title: 'インシデント対応ナビのバックアップ',
        text: out.text,
        filename: out.filename,
        mime: 'application/json',
      };
      const outcome = await deliverFile(doc, how);
      if (outcome === 'shared' || outcome === 'saved') await recordBackupSaved(out.createdAt);
      setMessage(
        outcome === 'cancelled'
          ? ''
          : `${OUTCOME_MESSAGES[outcome]}${outcome === 'failed' ? '' : `（対応記録 ${out.incidents}件${evidenceWords(out)}）`}`,
      );
    } catch (error) {
      setMessage(
        error instanceof BackupTooLargeError
          ? error.message
          : 'バックアップを作れませんでした。もう一度お試しください。',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">バックアップ</h2>
      <p>
        この端末のすべての対応記録と設定を、1つのファイルに保存します。機種変更や端末の故障に備えて、端末の外（パソコンやクラウドなど）に保管してください。
      </p>
      {evidence.usage && evidence.usage.count > 0 && (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={evidence.include}
              onChange={(e) => evidence.setInclude(e.currentTarget.checked)}
            />
            <span>
              証拠の写真・ファイルも含める（{evidence.usage.count}件、
              {formatBytes(evidence.usage.bytes)}）
            </span>
          </label>
          <p class="small muted">
            {evidence.large
              ? `証拠のファイルが大きい（${formatBytes(LARGE_EVIDENCE_BYTES)} 以上）ため、はじめは含めない設定にしています。`
              : ''}
            含めない場合も、証拠の記録（ファイル名・日時・SHA-256）はバックアップに入ります。元のファイルは、各対応記録の「証拠」から証拠パッケージとして保存できます。
          </p>
        </>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />
        <span>パスフレーズで暗号化する（おすすめ）</span>
      </label>
      {encrypt && (
        <PassphrasePair id="backup" pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
      )}
      <div class="share-actions">
        <button type="button" class="button primary" disabled={busy} onClick={() => run('save')}>
          ファイルに保存
        </button>
        {canShareFiles() && (
          <button type="button" class="button" disabled={busy} onClick={() => run('share')}>
            共有
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
const evidenceWords = (out: { evidenceFiles: number; evidenceLeftOut: number }) =>
  (out.evidenceFiles ? `、証拠のファイル ${out.evidenceFiles}件` : '') +
  (out.evidenceLeftOut ? `、ファイルを含めない証拠 ${out.evidenceLeftOut}件` : '');

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
