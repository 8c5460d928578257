import { useEffect } from 'preact/hooks';
import { useFlushOnLeave } from './useFlushOnLeave';

/** What the in-app question says (the browser words its own beforeunload prompt). */
export const LEAVE_QUESTION =
  '保存していない入力があります。このまま別の画面に移りますか？（入力はこの端末に一時的に残ります）';

/** Every mounted form's "is anything unsaved?" check; one listener asks once for all of them. */
const pendingChecks = new Set<() => boolean>();

/** A click on a link to another screen of the app (the router would handle it). */
function inAppLink(e: MouseEvent): HTMLAnchorElement | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return null;
  const link = (e.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return null;
  if (link.origin !== location.origin || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const samePage = link.pathname === location.pathname && link.search === location.search;
  return samePage ? null : link;
}

function onClick(e: MouseEvent) {
  if (!inAppLink(e) || ![...pendingChecks].some((pending) => pending())) return;
  if (window.confirm(LEAVE_QUESTION)) return;
  // Captured before the router's own listener: the screen stays, with what was typed.
  e.preventDefault();
  e.stopPropagation();
}

/**
 * Asks before leaving while `pending()` says something is unsaved: the browser's prompt on a
 * reload or a closed tab (beforeunload), and a question before a link moves to another screen.
 */
export function useLeaveGuard(pending: () => boolean): void {
  useFlushOnLeave(pending, () => undefined);
  useEffect(() => {
    if (pendingChecks.size === 0) document.addEventListener('click', onClick, true);
    pendingChecks.add(pending);
    return () => {
      pendingChecks.delete(pending);
      if (pendingChecks.size === 0) document.removeEventListener('click', onClick, true);
    };
  }, []);
}
