import { useEffect, useState } from 'preact/hooks';
import { isInstalled, isIosSafari } from './install';
import { useMessages } from '../i18n/active';
import { pwa } from '../i18n/ja/pwa';

// Safari on iPhone and iPad deletes all script-writable storage of a site (IndexedDB included)
// after 7 days of Safari use without a visit to it; a site added to the home screen is exempt.
// Source: https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/ (2020-03-24,
// checked 2026-12-01).

/**
 * True in Safari on iPhone/iPad when the app is not opened from the home screen, i.e. where
 * the 7-day deletion applies. Decided after mount: the prerendered HTML knows no browser.
 */
export function useSafariTab(): boolean {
  const [safariTab, setSafariTab] = useState(false);
  useEffect(() => setSafariTab(!isInstalled() && isIosSafari()), []);
  return safariTab;
}

/** What Safari on iPhone may do to the records, and what to do about it. */
export function SafariStorageNote({ backupLink = true }: { backupLink?: boolean }) {
  const m = useMessages(pwa);
  return (
    <>
      <p>{m.safariDeletes}</p>
      <p>
        {m.safariBackupBefore}
        {backupLink ? <a href="/backup">{m.safariBackup}</a> : m.safariBackup}
        {m.safariBackupAfter}
      </p>
    </>
  );
}
