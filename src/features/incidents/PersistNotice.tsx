import { useLayoutEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { SafariStorageNote, useSafariTab } from '../../pwa/SafariStorageNote';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/**
 * What came of asking the browser to keep the records (asked when the first incident is
 * created): if it may still delete them, a gentle suggestion to install the app and make a
 * backup, until dismissed; if it keeps them, a short note shown once.
 */
export function PersistNotice() {
  const m = useMessages(incidents);
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
        <p>{m.persisted}</p>
        <button class="button" type="button" onClick={dismiss}>
          {m.dismiss}
        </button>
      </div>
    );
  }
  return (
    <section class="notice warn" aria-labelledby="persist-title">
      <h2 id="persist-title">{m.persistTitle}</h2>
      {safariTab ? <SafariStorageNote backupLink={false} /> : <p>{m.persistAdvice}</p>}
      <div class="row">
        <a class="button" href="/backup">
          {m.backup}
        </a>
        <button class="button" type="button" onClick={dismiss}>
          {m.dismiss}
        </button>
      </div>
    </section>
  );
}
