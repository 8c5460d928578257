import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';

/**
 * A lazily loaded page whose chunk may fail to load (the app was updated in another tab and
 * its files are gone, or the network dropped on a first visit): it then shows a calm message
 * with 「再読み込み」 instead of a blank or wrong page.
 */
export function lazyPage(load: () => Promise<{ default: unknown }>): ComponentType<never> {
  return lazy(() =>
    load().then(
      (m) => m.default as ComponentType,
      () => PageLoadFailed,
    ),
  ) as ComponentType<never>;
}

/** What a page that could not be loaded shows. */
export function PageLoadFailed() {
  return (
    <section role="alert" class="card">
      <h1>この画面を開けませんでした</h1>
      <p>
        アプリが新しいバージョンに更新されたか、通信が途切れたためです。保存済みの記録は失われていません。「再読み込み」で開き直してください。
      </p>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        再読み込み
      </button>
    </section>
  );
}
