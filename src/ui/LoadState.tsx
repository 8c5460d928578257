/** What a page shows while its content chunk loads, or when it failed to load. */
export function LoadState({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
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
