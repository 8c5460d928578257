import { useState } from 'preact/hooks';
import { PassphrasePair, passphraseProblem } from './PassphrasePair';
import { canShareFiles, deliverFile, OUTCOME_MESSAGES } from './share';

/**
 * 別の端末へ送る: this incident as an encrypted file through the share sheet (AirDrop, Nearby
 * Share, LINE, e-mail) or saved, for a phone without any network between them. Opened there on
 * バックアップと復元, it merges like a restore.
 */
export function SendIncidentFile({ incidentId }: { incidentId: string }) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run(how: 'save' | 'share') {
    const problem = passphraseProblem(pass, again);
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage('暗号化しています…');
    try {
      const { createIncidentFile } = await import('./send-slice');
      const file = await createIncidentFile(incidentId, pass);
      const doc = { title: 'インシデント対応ナビの対応記録', ...file, mime: 'application/json' };
      const outcome = await deliverFile(doc, how);
      setMessage(outcome === 'cancelled' ? '' : OUTCOME_MESSAGES[outcome]);
    } catch {
      setMessage('ファイルを作れませんでした。もう一度お試しください。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card no-print" aria-labelledby="send-file-heading">
      <h2 id="send-file-heading">別の端末へ送る（ネットワークなしで）</h2>
      <p>
        この対応記録を暗号化したファイルにして、AirDrop・ニアバイシェア・LINE・メールなどで別の端末へ送ります。受け取った端末では「設定」→「バックアップと復元」の「復元」でファイルを選び、同じパスフレーズを入れると、今ある記録に合わせて取り込みます（同じ項目は新しい方が残ります）。
      </p>
      <PassphrasePair id="send" pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
      <div class="share-actions">
        {canShareFiles() && (
          <button type="button" class="button primary" disabled={busy} onClick={() => run('share')}>
            暗号化して送る
          </button>
        )}
        <button type="button" class="button" disabled={busy} onClick={() => run('save')}>
          暗号化ファイルを保存
        </button>
      </div>
      <p class="share-message" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
