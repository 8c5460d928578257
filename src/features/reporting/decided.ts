import type { Obligation } from './engine';

/** The engine's result split by what the answers decide. */
export interface DecisionSplit<T> {
  /** Applies on firm answers: owed. */
  owed: T[];
  /** Applies only because of 「わからない」 or unanswered questions: answering decides it. */
  open: T[];
  /** Does not apply (報告不要 / 今回は不要). */
  notNeeded: T[];
}

/** Splits obligations into owed (decided), still open (named questions decide) and not needed. */
export function splitByDecision<T extends Pick<Obligation, 'applies' | 'dueToUnknown'>>(
  obligations: readonly T[],
): DecisionSplit<T> {
  return {
    owed: obligations.filter((o) => o.applies && o.dueToUnknown.length === 0),
    open: obligations.filter((o) => o.applies && o.dueToUnknown.length > 0),
    notNeeded: obligations.filter((o) => !o.applies),
  };
}
