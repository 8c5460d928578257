// Helpers shared by the engine's tests: answer sets built from ALL_NO, and lookups in a result.
import type { Obligation } from './engine';
import { ALL_NO } from './test-answer-sets';

/** Every question answered 'no' except the given ones. */
export const allNo = (over: Record<string, string>) => ({ ...ALL_NO, ...over });

/** `answers` without the given questions (left unanswered). */
export const without = (answers: Record<string, string>, ...ids: string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => !ids.includes(k)));

/** The ids of the destinations that apply, sorted. */
export const applying = (os: Obligation[]) =>
  os
    .filter((o) => o.applies)
    .map((o) => o.destinationId)
    .sort();

/** One destination of a result. */
export const get = (os: Obligation[], id: string) => os.find((o) => o.destinationId === id)!;

/** One deadline of a destination of a result. */
export const due = (os: Obligation[], dest: string, deadline: string) =>
  get(os, dest).deadlines.find((d) => d.id === deadline);
