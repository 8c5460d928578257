import { useStore } from '../app/store';

/** Floats above the navigation when a new version is waiting: 「更新」 applies it. */
export function UpdatePrompt() {
  const applyUpdate = useStore((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div class="banner" role="status">
      <p>
        新しいバージョンがあります。「更新」で画面を読み込み直します。書きかけの文章があれば、先に保存してください。
      </p>
      <button type="button" class="button primary" onClick={() => applyUpdate()}>
        更新
      </button>
    </div>
  );
}

/**
 * After the first install, says the app now works offline. It sits at the end of the page,
 * so it neither shifts nor covers anything (at 200% text a floating note would hide the page).
 */
export function OfflineReadyNote() {
  const offlineReady = useStore((s) => s.offlineReady);
  const setOfflineReady = useStore((s) => s.setOfflineReady);
  if (!offlineReady) return null;
  return (
    <div class="card offline-ready" role="status">
      <p>オフラインでも使えるようになりました。ネットワークを切っても全ての画面が開けます。</p>
      <button type="button" class="button" onClick={() => setOfflineReady(false)}>
        閉じる
      </button>
    </div>
  );
}
