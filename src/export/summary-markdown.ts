import { escapeMarkdownInline as esc, escapeMarkdownLines } from './escape';
import type { SummaryModel } from './summary';
import { reportingSectionMarkdown } from './reporting-section';
import { correctionMark } from './summary-text';

/** Multi-line user text as Markdown lines with hard breaks, continued under `pad`. */
function block(text: string, pad: string): string {
  const lines = escapeMarkdownLines(text);
  return lines.map((l, i) => (i === 0 ? l : `${pad}${l}`)).join('  \n');
}

/** The full summary as Markdown; all user text is escaped. */
export function summaryMarkdown(m: SummaryModel): string {
  const w = m.words;
  const sep = w.listSeparator;
  const mark = { done: '[x]', 'not-applicable': `[x] ${w.notApplicable}`, open: '[ ]' } as const;
  const out: string[] = [`# ${w.markdownTitle(esc(m.title))}`, ''];
  const types = m.types.map(esc).join(sep) || w.empty;
  const causes = m.causes.length ? w.aside(w.causes(m.causes.map(esc).join(sep))) : '';
  out.push(
    `- **${w.types}**: ${types}${causes}`,
    `- **${w.statusLabel}**: ${esc(m.status)}`,
    `- **${w.discoveredAt}**: ${esc(m.discoveredAt) || w.empty}`,
    `- **${w.occurredAt}**: ${esc(m.occurredAt) || w.empty}`,
  );
  if (m.elapsed) out.push(`- **${w.elapsedLabel}**: ${w.sinceDiscovery(m.elapsed)}`);
  if (m.durations.length) out.push(`- **${w.durationsLabel}**: ${m.durations.map(esc).join(sep)}`);
  out.push('', ...reportingSectionMarkdown(m.reporting, w), `## ${w.recordItems}`, '');
  for (const r of m.recordItems) {
    out.push(`- **${esc(r.label)}**: ${r.value ? block(r.value, '  ') : w.empty}`);
  }
  const filled = m.fiveW1H.filter((r) => r.value);
  if (filled.length) {
    out.push('', `## ${w.fiveW1H}`, '');
    for (const r of filled) out.push(`- **${esc(r.label)}**: ${block(r.value, '  ')}`);
  }
  out.push('', `## ${w.checklist}`);
  for (const p of m.phases) {
    const counts = w.aside(w.phaseCounts(p.done, p.notApplicable, p.open));
    out.push('', `### ${esc(p.title)}${counts}`, '');
    for (const i of p.items) {
      const who = [i.by, i.at].filter(Boolean).map(esc).join(sep);
      const note = i.note ? `  \n  ${w.note}: ${block(i.note, '  ')}` : '';
      out.push(`- ${mark[i.state]} ${esc(i.text)}${who ? w.aside(who) : ''}${note}`);
    }
  }
  out.push('', `## ${w.timeline}`, '');
  if (m.timeline.length === 0) out.push(w.noRecords);
  for (const t of m.timeline) {
    const by = t.by ? ` ${esc(t.by)}` : '';
    out.push(`- ${esc(t.at)}${by}: ${correctionMark(t, w)}${block(t.text, '  ')}`);
  }
  out.push('', w.madeAt(esc(m.madeAt)), '', esc(m.chain), '');
  return out.join('\n');
}
