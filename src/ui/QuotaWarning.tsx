import { nearQuota, quotaShare } from '../lib/quota';

/**
 * A calm warning once the app's storage reaches QUOTA_WARN_RATIO of what the browser allows
 * (nothing otherwise): new photos and records may soon fail to save.
 */
export function QuotaWarning({ usage, quota }: { usage: number | null; quota: number | null }) {
  if (!nearQuota(usage, quota)) return null;
  const percent = Math.round((quotaShare(usage, quota) ?? 0) * 100);
  return (
    <div class="notice warn" role="alert">
      <p>
        <strong>⚠ 保存できる量の {percent} % を使っています。</strong>
        いっぱいになると、新しい写真や記録を保存できなくなります。バックアップを取ってから、不要になった対応記録を削除するか、端末の写真やアプリを整理して空きを増やしてください。
      </p>
    </div>
  );
}
