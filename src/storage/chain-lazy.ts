// The chain code the storage writes need, in its own chunk (chain-loader.ts).
export { sealEntry } from './chain';
export { chainLegacyEntries } from './chain-upgrade';
