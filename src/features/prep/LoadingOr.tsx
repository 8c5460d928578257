import type { ComponentChildren } from 'preact';
import type { PrepProfile } from '../../storage';
import { useMessages } from '../../i18n/active';
import { prep as words } from '../../i18n/ja/prep';

/** Renders the children with the profile once read; says so while loading or when it failed. */
export function LoadingOr({
  prep,
  error,
  children,
}: {
  prep: PrepProfile | null;
  error: string | null;
  children: (prep: PrepProfile) => ComponentChildren;
}) {
  const m = useMessages(words);
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!prep) return <p class="muted">{m.loading}</p>;
  return <>{children(prep)}</>;
}
