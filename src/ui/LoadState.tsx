/** A load that has not (yet) produced its content. */
type Pending = { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void };

/**
 * What a page shows while its content chunk loads, or when it failed to load: pass the
 * pending `state` of a load, or `error` and `onRetry` directly.
 */
export function LoadState(props: { state?: Pending; error?: unknown; onRetry?: () => void }) {
  const failed = props.state?.status === 'error' ? props.state : null;
  const error = failed ? failed.error : props.error;
  const onRetry = failed ? failed.retry : props.onRetry;
  if (!error)
    return (
      <p role="status" class="muted">
        読み込み中…
      </p>
    );
  return (
    <div role="alert" class="card">
      <p>
        内容を読み込めませんでした。一度ネットワークにつながった状態で開くと、以後はオフラインでも使えます。
      </p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          もう一度読み込む
        </button>
      )}
    </div>
  );
}
