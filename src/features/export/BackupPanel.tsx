import { useState } from 'preact/hooks';
import { BackupError } from '../../export/backup/errors';
import type { BackupFile } from '../../export/backup/format';
import { describeRestore } from '../../export/backup/merge';
import { formatJst } from '../../lib/jst';
import { createBackup, inspectBackupFile, recordBackupSaved, restoreBackup } from './backup-data';
import { TextField } from '../../ui/TextField';
import { OUTCOME_MESSAGES, saveFile, shareFile } from './share';
import '../incidents/incidents.css';
import './export.css';

const MIN_PASSPHRASE = 8;
const canShareFiles = () =>
  typeof navigator !== 'undefined' && typeof navigator.canShare === 'function';

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

  const problem = !encrypt
    ? ''
    : pass.length < MIN_PASSPHRASE
      ? `パスフレーズは${MIN_PASSPHRASE}文字以上にしてください。`
      : pass !== again
        ? '確認のパスフレーズが一致しません。'
        : '';

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
      const outcome =
        how === 'share'
          ? await shareFile(doc)
          : saveFile(doc.text, doc.filename, doc.mime)
            ? 'saved'
            : 'failed';
      if (outcome === 'shared' || outcome === 'saved') await recordBackupSaved(out.createdAt);
      setMessage(
        outcome === 'cancelled'
          ? ''
          : `${OUTCOME_MESSAGES[outcome]}${outcome === 'failed' ? '' : `（対応記録 ${out.incidents}件）`}`,
      );
    } catch {
      setMessage('バックアップを作れませんでした。もう一度お試しください。');
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
        <>
          <TextField
            id="backup-pass"
            label={`パスフレーズ（${MIN_PASSPHRASE}文字以上）`}
            type="password"
            autocomplete="new-password"
            value={pass}
            onValue={setPass}
          />
          <TextField
            id="backup-pass-again"
            label="パスフレーズ（確認）"
            type="password"
            autocomplete="new-password"
            value={again}
            onValue={setAgain}
          />
          <p class="small muted">
            パスフレーズを忘れると、だれにも復元できません。別の場所に控えておいてください。
          </p>
        </>
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

function RestoreSection() {
  const [file, setFile] = useState<File | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [pass, setPass] = useState('');
  const [checked, setChecked] = useState<BackupFile | null>(null);
  const [busy, setBusy] = useState(false);
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
      const { backup } = await inspectBackupFile(f, passphrase);
      setChecked(backup);
      setNeedsPass(false);
      say('');
    } catch (error) {
      const e = error instanceof BackupError ? error : new BackupError('invalid');
      if (e.kind === 'needs-passphrase') setNeedsPass(true);
      say(
        `${e.message}${e.kind === 'needs-passphrase' ? '' : ' この端末の記録は何も変更していません。'}`,
        e.kind !== 'needs-passphrase',
      );
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!checked) return;
    setBusy(true);
    try {
      const counts = await restoreBackup(checked);
      say(describeRestore(counts));
      setChecked(null);
    } catch (error) {
      say(`${(error as Error).message} この端末の記録は何も変更していません。`, true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">復元</h2>
      <p>
        バックアップファイルの記録を、この端末に戻します。この端末にある記録は消えません（同じ記録は新しいほうを残します）。
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
      {checked && (
        <div class="field">
          <p>
            {formatJst(checked.createdAt)} に作られたバックアップです（対応記録{' '}
            {checked.data.incidents.length}件）。
          </p>
          <button type="button" class="button primary" disabled={busy} onClick={restore}>
            この端末に復元する
          </button>
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
