import { durationsLine, truncate, valueOf, type SummaryModel, type TimelineLine } from './summary';
import { reportingBlock, reportingSectionText } from './reporting-section';
import type { SummaryWords } from './words';

/** The most a short summary may contain (UTF-16 units), to fit a chat message. */
export const SHORT_LIMIT = 1000;

/** Indent continuation lines of a multi-line value. */
const indent = (text: string, pad = '  ') =>
  text.replace(/\r\n?/g, '\n').split('\n').join(`\n${pad}`);

function header(m: SummaryModel, titleMax = Infinity): string[] {
  const w = m.words;
  const types = m.types.length ? m.types.join(w.listSeparator) : w.empty;
  const causes = m.causes.length ? w.aside(w.causes(m.causes.join(w.listSeparator))) : '';
  return [
    w.summaryTitle(truncate(m.title, titleMax)),
    `${w.types}: ${types}${causes}`,
    `${w.statusLabel}: ${m.status}`,
    `${w.discoveredAt}: ${m.discoveredAt || w.empty}`,
    `${w.occurredAt}: ${m.occurredAt || w.empty}`,
    ...(m.elapsed ? [`${w.elapsedLabel}: ${w.sinceDiscovery(m.elapsed)}`] : []),
    ...durationsLine(m),
  ];
}

/** 「（訂正）」 on a correction, 「（訂正あり）」 on an entry corrected later, else ''. */
export const correctionMark = (t: TimelineLine, w: SummaryWords): string =>
  t.kind === 'correction' ? w.corrected : t.corrected ? w.hasCorrection : '';

/** One timeline line as plain text. */
export function timelineText(t: TimelineLine, w: SummaryWords): string {
  const by = t.by ? ` ${t.by}` : '';
  return `${w.bullet}${t.at}${by}: ${correctionMark(t, w)}${indent(t.text)}`;
}

/** The full plain-text summary. */
export function summaryFullText(m: SummaryModel): string {
  const w = m.words;
  const lines = [...header(m), ...reportingBlock(m.reporting, w), '', `■ ${w.recordItems}`];
  for (const r of m.recordItems)
    lines.push(`${w.bullet}${r.label}: ${r.value ? indent(r.value) : w.empty}`);
  const filled = m.fiveW1H.filter((r) => r.value);
  if (filled.length) {
    lines.push('', `■ ${w.fiveW1H}`);
    for (const r of filled) lines.push(`${w.bullet}${r.label}: ${indent(r.value)}`);
  }
  lines.push('', `■ ${w.checklist}`);
  for (const p of m.phases) {
    lines.push(`${w.phaseTitle(p.title)} ${w.phaseCounts(p.done, p.notApplicable, p.open)}`);
    for (const i of p.items) {
      const who = [i.by, i.at].filter(Boolean).join(w.listSeparator);
      const note = i.note ? ` ${w.note}: ${indent(i.note, '    ')}` : '';
      lines.push(`  ${w.stateMarks[i.state]} ${i.text}${who ? w.aside(who) : ''}${note}`);
    }
  }
  lines.push('', `■ ${w.timeline}`);
  if (m.timeline.length === 0) lines.push(w.noRecords);
  for (const t of m.timeline) lines.push(timelineText(t, w));
  lines.push('', w.madeAt(m.madeAt), m.chain);
  return lines.join('\n');
}

/** The short plain-text summary for a chat message: at most SHORT_LIMIT units. */
export function summaryShortText(m: SummaryModel): string {
  const w = m.words;
  const lines = [...header(m, 80), ...reportingSectionText(m.reporting, { short: true }, w)];
  const event = valueOf(m, 'event');
  const cause = valueOf(m, 'cause');
  lines.push(`${w.event}: ${event ? truncate(event.replace(/\s+/g, ' '), 200) : w.empty}`);
  if (cause) lines.push(`${w.likelyCause}: ${truncate(cause.replace(/\s+/g, ' '), 120)}`);
  lines.push(`${w.progress}:`);
  for (const p of m.phases) {
    const total = p.items.length;
    const open = p.open ? w.openCount(p.open) : '';
    lines.push(`${w.bullet}${p.title} ${p.done + p.notApplicable}/${total}${open}`);
  }
  const recent = m.timeline.filter((t) => !t.corrected).slice(-3);
  if (recent.length) {
    lines.push(`${w.recent}:`);
    for (const t of recent)
      lines.push(`${w.bullet}${t.at} ${truncate(t.text.replace(/\s+/g, ' '), 80)}`);
  }
  const footer = `${w.madeShort(m.madeAt)}\n${m.chain}`;
  const body = truncate(lines.join('\n'), SHORT_LIMIT - footer.length - 1);
  return `${body}\n${footer}`;
}
