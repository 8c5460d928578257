/** What the page's loader (src/pwa/entry-loader.inline.js) keeps until the first page works. */
export interface EarlyTap {
  incidentNaviEarlyTap?: Element | null;
  incidentNaviEarlyChoice?: { select: Element; value: string } | null;
  incidentNaviPageWorks?: boolean;
}

let kept: Pick<EarlyTap, 'incidentNaviEarlyTap' | 'incidentNaviEarlyChoice'> | null = null;

/**
 * Called as soon as the first page has committed (its handlers are attached): from then on the
 * loader keeps nothing, so a tap that the page handles itself is never made a second time; what
 * was kept waits for replayEarlyTap. Later calls do nothing.
 */
export function markPageWorks(): void {
  const early = window as EarlyTap;
  if (early.incidentNaviPageWorks) return;
  early.incidentNaviPageWorks = true;
  kept = {
    incidentNaviEarlyTap: early.incidentNaviEarlyTap,
    incidentNaviEarlyChoice: early.incidentNaviEarlyChoice,
  };
  early.incidentNaviEarlyTap = null;
  early.incidentNaviEarlyChoice = null;
}

/**
 * Called once the first page's effects have run: a button tapped before it worked (the app
 * starts after the first paint) is tapped again, now with its handler, and a choice made in a
 * list (the language) is made again. Later calls do nothing.
 */
export function replayEarlyTap(): void {
  markPageWorks();
  const tapped = kept?.incidentNaviEarlyTap;
  const chosen = kept?.incidentNaviEarlyChoice;
  kept = null;
  if (tapped instanceof HTMLElement && tapped.isConnected) tapped.click();
  if (chosen && chosen.select instanceof HTMLSelectElement && chosen.select.isConnected) {
    // A render since may have set the list back to what the page showed.
    chosen.select.value = chosen.value;
    chosen.select.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
