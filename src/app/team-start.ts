// Loaded only on phones with team mode on: starts its sync (the PouchDB chunk).
void import('../sync/team-sync').then((m) => m.runTeam());
// A module (for the dynamic import in team-boot.ts).
export {};
