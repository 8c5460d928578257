/** What the page's loader (src/pwa/entry-loader.inline.js) keeps until the first page works. */
interface EarlyTap {
  incidentNaviEarlyTap?: Element | null;
  incidentNaviPageWorks?: boolean;
}

/**
 * Called once the first page has hydrated: a button tapped before it worked (the app starts
 * after the first paint) is tapped again, now with its handler, and the loader keeps no more
 * taps. Later calls do nothing.
 */
export function replayEarlyTap(): void {
  const early = window as EarlyTap;
  if (early.incidentNaviPageWorks) return;
  early.incidentNaviPageWorks = true;
  const tapped = early.incidentNaviEarlyTap;
  early.incidentNaviEarlyTap = null;
  if (tapped instanceof HTMLElement && tapped.isConnected) tapped.click();
}
