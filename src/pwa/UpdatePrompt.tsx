import { useStore } from '../app/store';

/** Tells the person a new version is waiting, or that the app is ready to work offline. */
export function UpdatePrompt() {
  const applyUpdate = useStore((s) => s.applyUpdate);
  const offlineReady = useStore((s) => s.offlineReady);
  const setOfflineReady = useStore((s) => s.setOfflineReady);

  if (applyUpdate) {
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
  if (offlineReady) {
    return (
      <div class="banner" role="status">
        <p>オフラインでも使えるようになりました。ネットワークを切っても全ての画面が開けます。</p>
        <button type="button" class="button" onClick={() => setOfflineReady(false)}>
          閉じる
        </button>
      </div>
    );
  }
  return null;
}
