import { useStore } from '../app/store';
import { isInstalled } from './install';
import { SafariStorageNote, useSafariTab } from './SafariStorageNote';

/** Offers installation: the browser's prompt where it exists, the iOS steps on Safari. */
export function InstallButton() {
  const installPrompt = useStore((s) => s.installPrompt);
  const setInstallPrompt = useStore((s) => s.setInstallPrompt);
  const safariTab = useSafariTab();

  if (installPrompt && !isInstalled()) {
    const install = async () => {
      await installPrompt.prompt();
      await installPrompt.userChoice;
      setInstallPrompt(null);
    };
    return (
      <section class="card install" aria-labelledby="install-title">
        <h2 id="install-title">ホーム画面に追加</h2>
        <p>追加しておくと、ネットワークがなくてもすぐに開けます。</p>
        <button type="button" class="button primary" onClick={install}>
          アプリをインストール
        </button>
      </section>
    );
  }
  if (safariTab) {
    return (
      <section class="card install" aria-labelledby="install-title">
        <h2 id="install-title">ホーム画面に追加</h2>
        <p>
          Safari の<strong>共有</strong>ボタン →<strong>「ホーム画面に追加」</strong>
          で、ネットワークがなくてもすぐに開けます。
        </p>
        <SafariStorageNote />
      </section>
    );
  }
  return null;
}
