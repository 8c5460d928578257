import { escapeMarkdownInline as esc, escapeMarkdownLines } from './escape';
import { EMPTY, type SummaryModel } from './summary';
import { reportingSectionMarkdown } from './reporting-section';

const STATE_MARK = { done: '[x]', 'not-applicable': '[x] （該当なし）', open: '[ ]' } as const;

/** Multi-line user text as Markdown lines with hard breaks, continued under `pad`. */
function block(text: string, pad: string): string {
  const lines = escapeMarkdownLines(text);
  return lines.map((l, i) => (i === 0 ? l : `${pad}${l}`)).join('  \n');
}

/** The full summary as Markdown; all user text is escaped. */
export function summaryMarkdown(m: SummaryModel): string {
  const out: string[] = [`# インシデント概要: ${esc(m.title)}`, ''];
  const types = m.types.map(esc).join('、') || EMPTY;
  const causes = m.causes.length ? `（原因: ${m.causes.map(esc).join('、')}）` : '';
  out.push(
    `- **種類**: ${types}${causes}`,
    `- **状況**: ${esc(m.status)}`,
    `- **発覚日時**: ${esc(m.discoveredAt) || EMPTY}`,
    `- **発生日時**: ${esc(m.occurredAt) || EMPTY}`,
  );
  if (m.elapsed) out.push(`- **経過時間**: 発覚から${m.elapsed}`);
  if (m.durations.length) out.push(`- **発覚からの対応時間**: ${m.durations.map(esc).join('、')}`);
  out.push('', ...reportingSectionMarkdown(m.reporting), '## 整理しておくべき事項', '');
  for (const r of m.recordItems) {
    out.push(`- **${esc(r.label)}**: ${r.value ? block(r.value, '  ') : EMPTY}`);
  }
  const w = m.fiveW1H.filter((r) => r.value);
  if (w.length) {
    out.push('', '## 5W1H', '');
    for (const r of w) out.push(`- **${esc(r.label)}**: ${block(r.value, '  ')}`);
  }
  out.push('', '## チェックリストの進み具合');
  for (const p of m.phases) {
    out.push(
      '',
      `### ${esc(p.title)}（済 ${p.done} / 該当なし ${p.notApplicable} / 未 ${p.open}）`,
      '',
    );
    for (const i of p.items) {
      const who = [i.by, i.at].filter(Boolean).map(esc).join('、');
      const note = i.note ? `  \n  メモ: ${block(i.note, '  ')}` : '';
      out.push(`- ${STATE_MARK[i.state]} ${esc(i.text)}${who ? `（${who}）` : ''}${note}`);
    }
  }
  out.push('', '## 対応経過', '');
  if (m.timeline.length === 0) out.push('（記録なし）');
  for (const t of m.timeline) {
    const mark = t.kind === 'correction' ? '（訂正）' : t.corrected ? '（訂正あり）' : '';
    const by = t.by ? ` ${esc(t.by)}` : '';
    out.push(`- ${esc(t.at)}${by}: ${mark}${block(t.text, '  ')}`);
  }
  out.push('', `作成日時: ${esc(m.madeAt)}（インシデント対応ナビで作成）`, '', esc(m.chain), '');
  return out.join('\n');
}
