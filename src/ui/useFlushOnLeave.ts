import { useEffect } from 'preact/hooks';

/**
 * Saves what is pending when the page is hidden, left or unmounted, and asks the browser to
 * confirm leaving (beforeunload) while a save is still pending.
 */
export function useFlushOnLeave(pending: () => boolean, flush: () => unknown): void {
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!pending()) return;
      void flush();
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, []);
}
