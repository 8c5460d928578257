import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { PassphrasePair, passphraseProblem } from './PassphrasePair';
import { canShareFiles, deliverFile, outcomeText } from './share';

/**
 * 別の端末へ送る: this incident as an encrypted file through the share sheet (AirDrop, Nearby
 * Share, LINE, e-mail) or saved, for a phone without any network between them. Opened there on
 * バックアップと復元, it merges like a restore.
 */
export function SendIncidentFile({ incidentId }: { incidentId: string }) {
  const m = useMessages(exportPage);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run(how: 'save' | 'share') {
    const problem = passphraseProblem(pass, again, m);
    if (problem) return setMessage(problem);
    setBusy(true);
    setMessage(m.encrypting);
    try {
      const { createIncidentFile } = await import('./send-slice');
      const file = await createIncidentFile(incidentId, pass);
      const doc = { title: m.sendFileTitle, ...file, mime: 'application/json' };
      setMessage(outcomeText(m, await deliverFile(doc, how)));
    } catch {
      setMessage(m.sendFailed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card no-print" aria-labelledby="send-file-heading">
      <h2 id="send-file-heading">{m.sendHeading}</h2>
      <p>{m.sendIntro}</p>
      <PassphrasePair id="send" pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
      <div class="share-actions">
        {canShareFiles() && (
          <button type="button" class="button primary" disabled={busy} onClick={() => run('share')}>
            {m.sendShare}
          </button>
        )}
        <button type="button" class="button" disabled={busy} onClick={() => run('save')}>
          {m.sendSave}
        </button>
      </div>
      <p class="share-message" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
