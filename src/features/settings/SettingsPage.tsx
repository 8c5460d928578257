import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Incident, StorageError, StorageInfo } from '../../storage';
import { formatJst } from '../../lib/jst';
import { CharCount, limitProps } from '../../ui/CharCount';
import { SafariStorageNote, useSafariTab } from '../../pwa/SafariStorageNote';
import { StorageUsage } from './StorageUsage';
import { LanguageSetting } from './LanguageSetting';
import { TRASH_DAYS } from './slice';
import '../../ui/records.css';

/** 設定: the language, the responder's name, storage status, the trash, the app version. */
export default function SettingsPage() {
  const init = useStore((s) => s.initIncidents);
  const name = useStore((s) => s.responderName);
  const saveName = useStore((s) => s.saveResponderName);
  const restore = useStore((s) => s.restoreIncident);
  const listTrash = useStore((s) => s.listTrash);
  const storageInfo = useStore((s) => s.storageInfo);
  const [draft, setDraft] = useState<string | null>(null);
  const [nameState, setNameState] = useState<string>('');
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [trash, setTrash] = useState<Incident[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const safariTab = useSafariTab();

  const reloadTrash = () => listTrash().then(setTrash, (e: StorageError) => setError(e.message));
  useEffect(() => {
    init();
    void storageInfo().then(setInfo);
    void reloadTrash();
  }, []);

  return (
    <>
      <h1>設定</h1>
      <LanguageSetting />
      <section class="card" aria-labelledby="settings-name">
        <h2 id="settings-name">あなたのお名前</h2>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await saveName(draft ?? name ?? '');
              setDraft(null);
              setNameState('✓ 保存済み');
            } catch (err) {
              setNameState((err as StorageError).message);
            }
          }}
        >
          <label for="settings-responder" class="small">
            チェックや記録の「誰が」に使います（この端末の中だけに保存されます）
          </label>
          <div class="row">
            <input
              id="settings-responder"
              type="text"
              autocomplete="name"
              class="settings-input"
              {...limitProps('settings-responder', 'name')}
              value={draft ?? name ?? ''}
              onInput={(e) => {
                setDraft(e.currentTarget.value);
                setNameState('');
              }}
            />
            <button class="button primary" type="submit">
              保存
            </button>
          </div>
          <CharCount inputId="settings-responder" kind="name" value={draft ?? name ?? ''} />
          <p class="save-status" aria-live="polite">
            {nameState}
          </p>
        </form>
      </section>

      <section class="card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">記録の保存</h2>
        {!info ? (
          <p class="muted">確認しています…</p>
        ) : (
          <>
            <p>
              {info.persisted === true
                ? '✓ この端末の記録は、ブラウザが自動で消さないよう保護されています。'
                : info.persisted === false
                  ? '記録は保護されていません。端末の空きが少なくなると、ブラウザが消すことがあります。'
                  : '記録が保護されているかどうかは、このブラウザでは確認できません。'}
            </p>
            {safariTab && (
              <div class="notice warn">
                <SafariStorageNote backupLink={false} />
              </div>
            )}
            {info.persisted !== true && !safariTab && (
              <p class="notice warn">
                ホーム画面にこのアプリを追加（インストール）すると、記録が守られやすくなります。大切な記録は下の「バックアップと復元」からファイルに保存しておくと安心です。
              </p>
            )}
            <StorageUsage info={info} />
          </>
        )}
      </section>

      <section class="card" aria-labelledby="settings-prep">
        <h2 id="settings-prep">平時の備え</h2>
        <p>会社の情報、社内外の連絡先、システムとバックアップ、備えの点検、緊急カードの印刷。</p>
        <a class="button" href="/prep">
          平時の備えを開く
        </a>
      </section>

      <section class="card" aria-labelledby="settings-team">
        <h2 id="settings-team">チーム</h2>
        <p>
          複数の端末で同じ記録を使います（オフ。オンにすると、暗号化した記録をチームのサーバーに送ります）。
        </p>
        <a class="button" href="/settings/team">
          チームの設定を開く
        </a>
      </section>

      <section class="card" aria-labelledby="settings-backup">
        <h2 id="settings-backup">バックアップと復元</h2>
        <p>
          全ての対応記録を1つのファイルに保存し、別の端末や消えた後に戻せます。パスワードで暗号化することもできます。
        </p>
        <a class="button" href="/backup">
          バックアップ・復元を開く
        </a>
      </section>

      <section class="card" aria-labelledby="settings-trash">
        <h2 id="settings-trash">ゴミ箱</h2>
        <p class="muted">削除した対応記録は{TRASH_DAYS}日間ここに残り、元に戻せます。</p>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        {trash && !trash.length && <p>ゴミ箱は空です。</p>}
        <ul class="incident-list">
          {trash?.map((i) => (
            <li key={i.id} class="trash-row">
              <p>
                <bdi>{i.title}</bdi>
                <br />
                <span class="muted small">削除: {formatJst(i.deletedAt ?? i.updatedAt)}</span>
              </p>
              <button
                class="button"
                type="button"
                onClick={async () => {
                  try {
                    await restore(i.id);
                    await reloadTrash();
                  } catch (e) {
                    setError((e as StorageError).message);
                  }
                }}
              >
                元に戻す<span class="visually-hidden">: {i.title}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="settings-version">
        <h2 id="settings-version">このアプリについて</h2>
        <p>インシデント対応ナビ バージョン {__APP_VERSION__}</p>
      </section>
    </>
  );
}
