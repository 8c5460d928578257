import { Rendered } from './Rendered';

/** Playbook sentences as paragraphs, each in the language on screen (inside an OriginalScope). */
export function Paragraphs({ texts }: { texts: readonly string[] }) {
  return (
    <>
      {texts.map((p, i) => (
        <p key={i}>
          <Rendered text={p} />
        </p>
      ))}
    </>
  );
}
