import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../app/store';
import { isInstalled, isIosSafari } from './install';

/** Offers installation: the browser's prompt where it exists, the iOS steps on Safari. */
export function InstallButton() {
  const installPrompt = useStore((s) => s.installPrompt);
  const setInstallPrompt = useStore((s) => s.setInstallPrompt);
  // Decided after mount: the prerendered HTML knows nothing about the browser.
  const [mode, setMode] = useState<'none' | 'ios'>('none');
  useEffect(() => {
    if (!isInstalled() && isIosSafari()) setMode('ios');
  }, []);

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
  if (mode === 'ios') {
    return (
      <section class="card install" aria-labelledby="install-title">
        <h2 id="install-title">ホーム画面に追加</h2>
        <p>
          Safari の<strong>共有</strong>ボタン →<strong>「ホーム画面に追加」</strong>
          で、ネットワークがなくてもすぐに開けます。
        </p>
      </section>
    );
  }
  return null;
}
