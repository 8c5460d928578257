import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { useStore } from './store';

/**
 * A lazily loaded page whose chunk may fail to load (the app was updated in another tab and
 * its files are gone, or the network dropped on a first visit before every screen was stored):
 * it then shows a calm message instead of a blank or wrong page.
 */
export function lazyPage(load: () => Promise<{ default: unknown }>): ComponentType<never> {
  return lazy(() =>
    load().then(
      (m) => m.default as ComponentType,
      () => PageLoadFailed,
    ),
  ) as ComponentType<never>;
}

/** The screens a first visit stores before anything else (the worker's install step). */
const STORED_FIRST = [
  { href: '/', label: 'ホーム（何が起きたかを選ぶ・対応中の記録）' },
  { href: '/incidents/new', label: '新しく対応の記録を始める' },
  { href: '/contacts', label: '連絡先・相談窓口' },
];

/** What a page that could not be loaded shows. */
export function PageLoadFailed() {
  const online = useStore((s) => s.online);
  const everyScreenStored = useStore((s) => s.offlineCapable);
  // The worker controls the page once its install step is stored: home, the playbooks, a new
  // incident and its checklist work offline from then on, the other screens a little later.
  const firstScreensStored =
    typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  if (everyScreenStored || (online && !firstScreensStored))
    return (
      <section role="alert" class="card">
        <h1>この画面を開けませんでした</h1>
        <p>
          アプリが新しいバージョンに更新されたか、通信が途切れたためです。保存済みの記録は失われていません。「再読み込み」で開き直してください。
        </p>
        <ReloadButton />
      </section>
    );
  return (
    <section role="alert" class="card">
      <h1>この画面はまだこの端末に保存されていません</h1>
      <p>
        初めて開いたあと、すべての画面を端末に保存し終える前に（画面上部に「✓
        オフライン対応」が出る前に）通信が切れたため、この画面を開けません。保存済みの記録は失われていません。
      </p>
      {firstScreensStored ? (
        <>
          <p>次の画面は保存済みで、通信がなくても使えます。</p>
          <ul class="stored-screens">
            {STORED_FIRST.map((s) => (
              <li key={s.href}>
                <a class="button block" href={s.href}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
          <p>通信が戻ると、残りの画面も自動で保存されます。</p>
        </>
      ) : (
        <p>まだどの画面も保存されていません。通信が戻ってから、もう一度開いてください。</p>
      )}
      {online && <ReloadButton />}
    </section>
  );
}

function ReloadButton() {
  return (
    <button type="button" class="button primary" onClick={() => location.reload()}>
      再読み込み
    </button>
  );
}
