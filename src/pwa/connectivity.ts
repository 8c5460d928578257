import { useStore } from '../app/store';

/** Keeps `online` in the store in step with the browser; returns a cleanup function. */
export function watchConnectivity(): () => void {
  const update = () => useStore.getState().setOnline(navigator.onLine);
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
