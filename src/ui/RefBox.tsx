import { Rendered } from './Rendered';

/** A boxed ＜参考＞ block of the guide (its lines in the language on screen when rendered). */
export function RefBox({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <aside class="ref-box" aria-label={title}>
      <p class="ref-title">
        <Rendered text={title} />
      </p>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>
            <Rendered text={l} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
