import { Rendered, RenderedEach, useRenderedText } from './Rendered';

/** A boxed ＜参考＞ block of the guide (its lines in the language on screen when rendered). */
export function RefBox({ title, lines }: { title: string; lines: readonly string[] }) {
  const text = useRenderedText();
  return (
    <aside class="ref-box" aria-label={text(title)}>
      <p class="ref-title">
        <Rendered text={title} />
      </p>
      <ul>
        <RenderedEach texts={lines} as="li" />
      </ul>
    </aside>
  );
}
