/**
 * Message catalogues: one namespace per feature folder, its Japanese source in `ja/<name>.ts`
 * (bundled with the feature), its other languages in `en/<name>.ts` and `ja-easy/<name>.ts`
 * (loaded when that language is chosen).
 */

/** A message: a text, a function of its parameters, or a group of texts by id. */
export type Message = string | ((...args: never[]) => string) | { readonly [id: string]: string };

/** The Japanese messages of one namespace. */
export type Catalogue = { readonly [key: string]: Message };

/** One namespace: its name (= its file name in ja/, en/, ja-easy/) and its Japanese messages. */
export interface Namespace<C extends Catalogue = Catalogue> {
  readonly name: string;
  readonly ja: C;
}

/** What another language must provide for `C`: every key, the same parameters, texts. */
export type MessagesOf<C> = {
  readonly [K in keyof C]: C[K] extends string
    ? string
    : C[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : { readonly [P in keyof C[K]]: string };
};

/**
 * The catalogue type of a namespace, for `en/<name>.ts` and `ja-easy/<name>.ts`:
 * `const en: Messages<typeof home> = { … }` (a missing or extra key fails the typecheck).
 */
export type Messages<N extends Namespace> = MessagesOf<N['ja']>;

/** Declares a namespace with its Japanese messages (the source every language follows). */
export function namespace<C extends Catalogue>(name: string, ja: C): Namespace<C> {
  return { name, ja };
}
