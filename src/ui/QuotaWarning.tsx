import { nearQuota, quotaShare } from '../lib/quota';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

/**
 * A calm warning once the app's storage reaches QUOTA_WARN_RATIO of what the browser allows
 * (nothing otherwise): new photos and records may soon fail to save.
 */
export function QuotaWarning({ usage, quota }: { usage: number | null; quota: number | null }) {
  const m = useMessages(uiControls);
  if (!nearQuota(usage, quota)) return null;
  const percent = Math.round((quotaShare(usage, quota) ?? 0) * 100);
  return (
    <div class="notice warn" role="alert">
      <p>
        <strong>{m.quotaUsed(percent)}</strong>
        {m.quotaAdvice}
      </p>
    </div>
  );
}
