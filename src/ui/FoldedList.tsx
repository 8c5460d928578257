import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useMessages } from '../i18n/active';
import { uiFold } from '../i18n/ja/ui-fold';

/** How many items a home list shows before 「ほか N 件」. */
export const FOLD_FIRST = 3;
/** How many more items each tap on 「ほか N 件を表示」 reveals. */
export const FOLD_STEP = 20;

/**
 * A list that shows its first few items and 「ほか N 件を表示」 for the rest, revealed a page
 * at a time (a long list never pushes the rest of the screen away). `what` names the list
 * for screen readers, since a page may hold several such buttons.
 */
export function FoldedList<T>(props: {
  items: readonly T[];
  what: string;
  /** Total count when more exist than `items` (loaded on demand through `onMore`). */
  total?: number;
  onMore?: () => void;
  first?: number;
  class?: string;
  children: (item: T) => ComponentChildren;
}) {
  const { items, what, first = FOLD_FIRST, onMore, children } = props;
  const [shown, setShown] = useState(first);
  const m = useMessages(uiFold);
  const total = props.total ?? items.length;
  const visible = items.slice(0, shown);
  const rest = total - visible.length;
  if (total === 0) return null;
  return (
    <>
      <ul class={props.class}>{visible.map(children)}</ul>
      {rest > 0 && (
        <button
          type="button"
          class="button small fold-more"
          onClick={() => {
            setShown((n) => n + FOLD_STEP);
            if (items.length < shown + FOLD_STEP) onMore?.();
          }}
        >
          {m.more(rest)}
          <span class="visually-hidden">{m.moreOf(what)}</span>
        </button>
      )}
    </>
  );
}
