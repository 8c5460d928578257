import { useStore } from '../app/store';
import { isInstalled } from './install';
import { SafariStorageNote, useSafariTab } from './SafariStorageNote';
import { useMessages } from '../i18n/active';
import { pwa } from '../i18n/ja/pwa';

/** Offers installation: the browser's prompt where it exists, the iOS steps on Safari. */
export function InstallButton() {
  const installPrompt = useStore((s) => s.installPrompt);
  const setInstallPrompt = useStore((s) => s.setInstallPrompt);
  const safariTab = useSafariTab();
  const m = useMessages(pwa);

  if (installPrompt && !isInstalled()) {
    const install = async () => {
      await installPrompt.prompt();
      await installPrompt.userChoice;
      setInstallPrompt(null);
    };
    return (
      <section class="card install" aria-labelledby="install-title">
        <h2 id="install-title">{m.installTitle}</h2>
        <p>{m.installText}</p>
        <button type="button" class="button primary" onClick={install}>
          {m.installButton}
        </button>
      </section>
    );
  }
  if (safariTab) {
    return (
      <section class="card install" aria-labelledby="install-title">
        <h2 id="install-title">{m.installTitle}</h2>
        <p>
          {m.safariBefore}
          <strong>{m.safariShare}</strong>
          {m.safariArrow}
          <strong>{m.safariAdd}</strong>
          {m.safariAfter}
        </p>
        <SafariStorageNote />
      </section>
    );
  }
  return null;
}
