// The hash chain's code is loaded on first need (a write to the timeline, or the one upgrade
// from version 1), so the home page does not carry it. Hashing itself stays synchronous:
// it runs inside IndexedDB transactions, which must not wait for anything else.
type ChainModule = typeof import('./chain-lazy');

let chain: ChainModule | undefined;
let neededByUpgrade = false;

/** Loads the chain code (once). */
export const loadChain = async (): Promise<ChainModule> => (chain ??= await import('./chain-lazy'));

/** The chain code if loaded; the upgrade notes that it was missing (see db.ts open). */
export function loadedChain(forUpgrade = false): ChainModule | undefined {
  if (!chain && forUpgrade) neededByUpgrade = true;
  return chain;
}

/** Whether the last upgrade was stopped for want of the chain code (and forgets it). */
export function upgradeNeededChain(): boolean {
  const needed = neededByUpgrade;
  neededByUpgrade = false;
  return needed;
}
