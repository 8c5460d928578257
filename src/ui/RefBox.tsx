/** A boxed ＜参考＞ block of the guide. */
export function RefBox({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <aside class="ref-box" aria-label={title}>
      <p class="ref-title">{title}</p>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </aside>
  );
}
