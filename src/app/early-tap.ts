/** What the page's loader (src/pwa/entry-loader.inline.js) keeps until the first page works. */
export interface EarlyTap {
  incidentNaviEarlyTap?: Element | null;
  incidentNaviEarlyChoice?: { select: Element; value: string } | null;
  incidentNaviPageWorks?: boolean;
}

/**
 * Called once the first page has hydrated: a button tapped before it worked (the app starts
 * after the first paint) is tapped again, now with its handler, and a choice made in a list
 * (the language) is made again; from then on the loader keeps nothing. Later calls do nothing.
 */
export function replayEarlyTap(): void {
  const early = window as EarlyTap;
  if (early.incidentNaviPageWorks) return;
  early.incidentNaviPageWorks = true;
  const tapped = early.incidentNaviEarlyTap;
  const chosen = early.incidentNaviEarlyChoice;
  early.incidentNaviEarlyTap = null;
  early.incidentNaviEarlyChoice = null;
  if (tapped instanceof HTMLElement && tapped.isConnected) tapped.click();
  if (chosen && chosen.select instanceof HTMLSelectElement && chosen.select.isConnected) {
    // A render since may have set the list back to what the page showed.
    chosen.select.value = chosen.value;
    chosen.select.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
