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
        {mark} {title}とは
      </summary>
      {body.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </details>
  );
}
