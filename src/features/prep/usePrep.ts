import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';

/** The company's 備え, read on first use; `prep` is null while loading. */
export function usePrep() {
  const prep = useStore((s) => s.prep);
  const error = useStore((s) => s.prepError);
  const load = useStore((s) => s.loadPrep);
  useEffect(() => void load(), [load]);
  return { prep, error };
}
