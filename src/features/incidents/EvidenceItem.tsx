import { shortSha } from '../../export/evidence-list';
import { formatJstSeconds } from '../../lib/jst';
import { useFormatBytes } from '../../ui/useFormatBytes';
import { useMessages } from '../../i18n/active';
import { incidentsEvidence } from '../../i18n/ja/incidents-evidence';
import type { EvidenceMeta } from './evidence-slice';

/** One piece of evidence: file, time, who, SHA-256 (short and full), what it is attached to, note. */
export function EvidenceItem({ item: e }: { item: EvidenceMeta }) {
  const m = useMessages(incidentsEvidence);
  const formatBytes = useFormatBytes();
  return (
    <dl class="evidence-meta">
      <dt>{m.fileLabel}</dt>
      <dd>
        <bdi>{e.name}</bdi>
        {m.fileKind(e.type || m.unknownType, formatBytes(e.size))}
      </dd>
      <dt>{m.savedAt}</dt>
      <dd>
        <time dateTime={e.capturedAt}>{formatJstSeconds(e.capturedAt)}</time>
      </dd>
      <dt>{m.by}</dt>
      <dd>
        <bdi>{e.by || m.nobody}</bdi>
      </dd>
      <dt>{m.shaShort}</dt>
      <dd>
        <code>{shortSha(e.sha256)}</code>
      </dd>
      <dt>SHA-256</dt>
      <dd>
        <code class="sha256">{e.sha256}</code>
      </dd>
      {e.fileOn && (
        <>
          <dt>{m.originalLabel}</dt>
          <dd>{m.fileElsewhere(e.fileOn)}</dd>
        </>
      )}
      {(e.itemId || e.entryId) && (
        <>
          <dt>{m.attachLabel}</dt>
          <dd>
            <bdi>
              {m.attachedTo[e.itemId ? 'item' : 'entry']}
              {m.quoteOpen}
              {e.relatedText ?? ''}
              {m.quoteClose}
            </bdi>
          </dd>
        </>
      )}
      {e.note && (
        <>
          <dt>{m.memo}</dt>
          <dd>{e.note}</dd>
        </>
      )}
    </dl>
  );
}
