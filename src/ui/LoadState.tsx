/** A load that has not (yet) produced its content. */
type Pending = { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void };
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/**
 * What a page shows while its content chunk loads, or when it failed to load: pass the
 * pending `state` of a load, or `error` and `onRetry` directly.
 */
export function LoadState(props: { state?: Pending; error?: unknown; onRetry?: () => void }) {
  const m = useMessages(ui);
  const failed = props.state?.status === 'error' ? props.state : null;
  const error = failed ? failed.error : props.error;
  const onRetry = failed ? failed.retry : props.onRetry;
  if (!error)
    return (
      <p role="status" class="muted">
        {m.loading}
      </p>
    );
  return (
    <div role="alert" class="card">
      <p>{m.loadFailed}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
