import type { ComponentChild } from 'preact';

/** Text with the given [start, end) ranges wrapped in <mark> (ranges sorted, may overlap). */
export function Highlight({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  const parts: ComponentChild[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const s = Math.max(start, at);
    if (end <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
