import { relatedLabel, shortSha } from '../../export/evidence-list';
import { formatJstSeconds } from '../../lib/jst';
import { formatBytes } from '../../lib/bytes';
import type { EvidenceMeta } from './evidence-slice';

/** Where the original is when team mode shared only the record (the file was too large). */
export const fileElsewhere = (phone: string) =>
  `元のファイルは別の端末（${phone}）にあります。5 MB を超えるファイルはチームで共有せず、記録（ファイル名・日時・SHA-256）だけを共有します。その端末から取り出してください。`;

/** One piece of evidence: file, time, who, SHA-256 (short and full), what it is attached to, note. */
export function EvidenceItem({ item: e }: { item: EvidenceMeta }) {
  return (
    <dl class="evidence-meta">
      <dt>ファイル</dt>
      <dd>
        <bdi>{e.name}</bdi>（{e.type || '種類不明'}、{formatBytes(e.size)}）
      </dd>
      <dt>保存日時（端末の時計）</dt>
      <dd>
        <time dateTime={e.capturedAt}>{formatJstSeconds(e.capturedAt)}</time>
      </dd>
      <dt>記録者</dt>
      <dd>
        <bdi>{e.by || '（未記入）'}</bdi>
      </dd>
      <dt>SHA-256（短縮）</dt>
      <dd>
        <code>{shortSha(e.sha256)}</code>
      </dd>
      <dt>SHA-256</dt>
      <dd>
        <code class="sha256">{e.sha256}</code>
      </dd>
      {e.fileOn && (
        <>
          <dt>元のファイル</dt>
          <dd>{fileElsewhere(e.fileOn)}</dd>
        </>
      )}
      {relatedLabel(e) && (
        <>
          <dt>添付先</dt>
          <dd>
            <bdi>{relatedLabel(e)}</bdi>
          </dd>
        </>
      )}
      {e.note && (
        <>
          <dt>メモ</dt>
          <dd>{e.note}</dd>
        </>
      )}
    </dl>
  );
}
