import { useState } from 'preact/hooks';
import { BackupTooLargeError, createBackup, recordBackupSaved } from './backup-data';
import { RestoreSection } from './RestoreSection';
import { PassphrasePair, passphraseProblem } from './PassphrasePair';
import { canShareFiles, deliverFile, OUTCOME_MESSAGES } from './share';
import '../incidents/incidents.css';
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

  const problem = encrypt ? passphraseProblem(pass, again) : '';

  async function run(how: 'save' | 'share') {
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage(encrypt ? '暗号化しています…' : 'バックアップを作っています…');
    try {
      const out = await createBackup(encrypt ? pass : '');
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
          : `${OUTCOME_MESSAGES[outcome]}${outcome === 'failed' ? '' : `（対応記録 ${out.incidents}件）`}`,
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
