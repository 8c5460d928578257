import { useLayoutEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { SafariStorageNote, useSafariTab } from '../../pwa/SafariStorageNote';

/**
 * What came of asking the browser to keep the records (asked when the first incident is
 * created): if it may still delete them, a gentle suggestion to install the app and make a
 * backup, until dismissed; if it keeps them, a short note shown once.
 */
export function PersistNotice() {
  const result = useStore((s) => s.persistResult);
  const dismiss = useStore((s) => s.dismissPersistResult);
  const safariTab = useSafariTab();
  // The reassurance is said once: leaving the page clears it.
  useLayoutEffect(() => {
    if (result === true) return dismiss;
  }, [result, dismiss]);
  if (result === null) return null;
  if (result) {
    return (
      <div class="notice" role="status">
        <p>この端末の記録は保護されています。</p>
        <button class="button" type="button" onClick={dismiss}>
          閉じる
        </button>
      </div>
    );
  }
  return (
    <section class="notice warn" aria-labelledby="persist-title">
      <h2 id="persist-title">記録を守るために</h2>
      {safariTab ? (
        <SafariStorageNote backupLink={false} />
      ) : (
        <p>
          このブラウザでは、端末の空き容量が少なくなると記録が消される場合があります。ホーム画面に追加（インストール）して使うと残りやすくなります。念のため、バックアップも作っておくと安心です。
        </p>
      )}
      <div class="row">
        <a class="button" href="/backup">
          バックアップを作る
        </a>
        <button class="button" type="button" onClick={dismiss}>
          閉じる
        </button>
      </div>
    </section>
  );
}
