import {
  EMPTY,
  durationsLine,
  truncate,
  valueOf,
  type SummaryModel,
  type TimelineLine,
} from './summary';
import { reportingBlock, reportingSectionText } from './reporting-section';

/** The most a short summary may contain (UTF-16 units), to fit a chat message. */
export const SHORT_LIMIT = 1000;

const STATE_MARK = { done: '[済]', 'not-applicable': '[該当なし]', open: '[未]' } as const;

/** Indent continuation lines of a multi-line value. */
const indent = (text: string, pad = '  ') =>
  text.replace(/\r\n?/g, '\n').split('\n').join(`\n${pad}`);

function header(m: SummaryModel, titleMax = Infinity): string[] {
  const types = m.types.length ? m.types.join('、') : EMPTY;
  const causes = m.causes.length ? `（原因: ${m.causes.join('、')}）` : '';
  return [
    `【インシデント概要】${truncate(m.title, titleMax)}`,
    `種類: ${types}${causes}`,
    `状況: ${m.status}`,
    `発覚日時: ${m.discoveredAt || EMPTY}`,
    `発生日時: ${m.occurredAt || EMPTY}`,
    ...(m.elapsed ? [`経過時間: 発覚から${m.elapsed}`] : []),
    ...durationsLine(m),
  ];
}

/** One timeline line as plain text. */
export function timelineText(t: TimelineLine): string {
  const mark = t.kind === 'correction' ? '（訂正）' : t.corrected ? '（訂正あり）' : '';
  const by = t.by ? ` ${t.by}` : '';
  return `・${t.at}${by}: ${mark}${indent(t.text)}`;
}

/** The full plain-text summary. */
export function summaryFullText(m: SummaryModel): string {
  const lines = [...header(m), ...reportingBlock(m.reporting), '', '■ 整理しておくべき事項'];
  for (const r of m.recordItems) lines.push(`・${r.label}: ${r.value ? indent(r.value) : EMPTY}`);
  const w = m.fiveW1H.filter((r) => r.value);
  if (w.length) {
    lines.push('', '■ 5W1H');
    for (const r of w) lines.push(`・${r.label}: ${indent(r.value)}`);
  }
  lines.push('', '■ チェックリストの進み具合');
  for (const p of m.phases) {
    lines.push(`［${p.title}］ 済 ${p.done} / 該当なし ${p.notApplicable} / 未 ${p.open}`);
    for (const i of p.items) {
      const who = [i.by, i.at].filter(Boolean).join('、');
      const note = i.note ? ` メモ: ${indent(i.note, '    ')}` : '';
      lines.push(`  ${STATE_MARK[i.state]} ${i.text}${who ? `（${who}）` : ''}${note}`);
    }
  }
  lines.push('', '■ 対応経過');
  if (m.timeline.length === 0) lines.push('（記録なし）');
  for (const t of m.timeline) lines.push(timelineText(t));
  lines.push('', `作成日時: ${m.madeAt}（インシデント対応ナビで作成）`, m.chain);
  return lines.join('\n');
}

/** The short plain-text summary for a chat message: at most SHORT_LIMIT units. */
export function summaryShortText(m: SummaryModel): string {
  const lines = [...header(m, 80), ...reportingSectionText(m.reporting, { short: true })];
  const event = valueOf(m, 'event');
  const cause = valueOf(m, 'cause');
  lines.push(`発生事象: ${event ? truncate(event.replace(/\s+/g, ' '), 200) : EMPTY}`);
  if (cause) lines.push(`想定される原因: ${truncate(cause.replace(/\s+/g, ' '), 120)}`);
  lines.push('進み具合:');
  for (const p of m.phases) {
    const total = p.items.length;
    lines.push(
      `・${p.title} ${p.done + p.notApplicable}/${total}${p.open ? `（未 ${p.open}）` : ''}`,
    );
  }
  const recent = m.timeline.filter((t) => !t.corrected).slice(-3);
  if (recent.length) {
    lines.push('最近の経過:');
    for (const t of recent) lines.push(`・${t.at} ${truncate(t.text.replace(/\s+/g, ' '), 80)}`);
  }
  const footer = `作成: ${m.madeAt}\n${m.chain}`;
  const body = truncate(lines.join('\n'), SHORT_LIMIT - footer.length - 1);
  return `${body}\n${footer}`;
}
