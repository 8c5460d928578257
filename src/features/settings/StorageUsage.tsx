import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { StorageInfo } from '../../storage';
import { formatBytes } from '../../lib/bytes';
import { quotaShare } from '../../lib/quota';
import { QuotaWarning } from '../../ui/QuotaWarning';

/** How much this app stores (browser estimate and the evidence in it) and how near the quota. */
export function StorageUsage({ info }: { info: StorageInfo }) {
  const evidenceUsage = useStore((s) => s.evidenceUsage);
  const [evidence, setEvidence] = useState<{ count: number; bytes: number } | null>(null);
  useEffect(() => {
    void evidenceUsage().then(setEvidence, () => setEvidence(null));
  }, [evidenceUsage]);
  const share = quotaShare(info.usage, info.quota);
  return (
    <>
      {info.usage !== null && (
        <p class="muted">
          使用量: {formatBytes(info.usage)}
          {info.quota !== null &&
            `（使える量の目安: ${formatBytes(info.quota)}${share !== null ? `、${Math.round(share * 100)} %` : ''}）`}
        </p>
      )}
      {evidence && (
        <p class="muted">
          うち証拠の写真・ファイル: {evidence.count}件、{formatBytes(evidence.bytes)}
        </p>
      )}
      <QuotaWarning usage={info.usage} quota={info.quota} />
    </>
  );
}
