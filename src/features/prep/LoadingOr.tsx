import type { ComponentChildren } from 'preact';
import type { PrepProfile } from '../../storage';

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
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!prep) return <p class="muted">読み込んでいます…</p>;
  return <>{children(prep)}</>;
}
