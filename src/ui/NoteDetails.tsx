import { OriginalScope, Rendered } from './Rendered';
import { Paragraphs } from './Paragraphs';

/** A glossary note (※) that opens in place. */
export function NoteDetails({
  mark,
  title,
  body,
}: {
  mark: string;
  title: string;
  body: readonly string[];
}) {
  return (
    <details class="note">
      <summary>
        {mark} <Rendered text={title} />
        とは
      </summary>
      <OriginalScope>
        <Paragraphs texts={body} />
      </OriginalScope>
    </details>
  );
}
