import { OriginalScope, Rendered } from './Rendered';

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
        {body.map((p, i) => (
          <p key={i}>
            <Rendered text={p} />
          </p>
        ))}
      </OriginalScope>
    </details>
  );
}
