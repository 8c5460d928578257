import { OriginalScope, Rendered, RenderedEach } from './Rendered';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/** A glossary note (※) that opens in place; its words in the language on screen when rendered. */
export function NoteDetails({
  mark,
  title,
  body,
}: {
  mark: string;
  title: string;
  body: readonly string[];
}) {
  const m = useMessages(ui);
  return (
    <details class="note">
      <summary>
        {mark} <Rendered text={title} />
        {m.noteAbout}
      </summary>
      <OriginalScope>
        <RenderedEach texts={body} />
      </OriginalScope>
    </details>
  );
}
