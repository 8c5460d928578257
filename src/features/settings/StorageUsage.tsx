import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { StorageInfo } from '../../storage';
import { useFormatBytes } from '../../ui/useFormatBytes';
import { quotaShare } from '../../lib/quota';
import { QuotaWarning } from '../../ui/QuotaWarning';
import { useMessages } from '../../i18n/active';
import { settings as messages } from '../../i18n/ja/settings';

/** How much this app stores (browser estimate and the evidence in it) and how near the quota. */
export function StorageUsage({ info }: { info: StorageInfo }) {
  const evidenceUsage = useStore((s) => s.evidenceUsage);
  const [evidence, setEvidence] = useState<{ count: number; bytes: number } | null>(null);
  const m = useMessages(messages);
  const formatBytes = useFormatBytes();
  useEffect(() => {
    void evidenceUsage().then(setEvidence, () => setEvidence(null));
  }, [evidenceUsage]);
  const share = quotaShare(info.usage, info.quota);
  return (
    <>
      {info.usage !== null && (
        <p class="muted">
          {m.usage(formatBytes(info.usage))}
          {info.quota !== null &&
            (share !== null
              ? m.quotaShare(formatBytes(info.quota), Math.round(share * 100))
              : m.quota(formatBytes(info.quota)))}
        </p>
      )}
      {evidence && <p class="muted">{m.evidence(evidence.count, formatBytes(evidence.bytes))}</p>}
      <QuotaWarning usage={info.usage} quota={info.quota} />
    </>
  );
}
