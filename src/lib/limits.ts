// The one set of text limits. Inputs use LIMITS as their maxlength; the backup validator
// accepts BACKUP_LIMITS, which leave room for the words the app adds around user text
// (a timeline line quotes a memo) and never accept less than earlier versions did, so
// whatever the app can store it can back up and restore (limits.test.ts checks this).

/** Longest text a person can type, per kind (UTF-16 units, as maxlength counts). */
export const LIMITS = {
  /** 件名 of an incident. */
  title: 200,
  /** A person's name (the responder on this device, 「誰が」). */
  name: 100,
  /** Record items, notes, memos and timeline entries. */
  text: 100_000,
  /** An edited export draft (共有・出力): it starts as a whole summary, so it is longer. */
  draft: 2_000_000,
  /** A one-line field of 平時の備え (a name, a number, an address). */
  line: 500,
  /** A long field of 平時の備え (what to tell a contact, how to cut the network). */
  note: 20_000,
} as const;

/** The kinds of typed text that have a limit. */
export type LimitKind = keyof typeof LIMITS;

/** Room for the app's own words around quoted user text (a destination, a deadline, a date). */
export const WORDING_ROOM = 1_000;

/** What a backup file accepts per kind (with room for app wording and older files). */
export const BACKUP_LIMITS = {
  title: 2_000,
  name: 2_000,
  text: 200_000,
  /** An edited export draft (kept no longer than LIMITS.draft when saved). */
  draft: 2_000_000,
  /** Ids and keys (generated or from the content catalog). */
  id: 200,
  /** Stored instants and person-edited times. */
  time: 64,
  /** Ids in one list (an incident's types or causes). */
  ids: 100,
  /** The app version written into a file. */
  appVersion: 100,
} as const;

/** How near the limit a counter appears: from this share of the limit on. */
export const COUNTER_FROM = 0.9;
