import { useId } from 'preact/hooks';
import { OriginalScope, Rendered } from './Rendered';

/** A boxed ＜参考＞ block of the guide, in the language on screen (「原文」 one tap away). */
export function RefBox({ title, lines }: { title: string; lines: readonly string[] }) {
  const titleId = useId();
  return (
    <aside class="ref-box" aria-labelledby={titleId}>
      <OriginalScope>
        <p class="ref-title" id={titleId}>
          <Rendered text={title} />
        </p>
        <ul>
          {lines.map((l, i) => (
            <li key={i}>
              <Rendered text={l} />
            </li>
          ))}
        </ul>
      </OriginalScope>
    </aside>
  );
}
