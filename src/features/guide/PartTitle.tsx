import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';
import { Rendered } from '../../ui/Rendered';

const parts: Readonly<Record<string, string>> = guide.ja.parts;

/**
 * A part of the guide's title: the catalogue's words where its Japanese is the file's own
 * title (the contents name the parts), else the file's title through its renderings.
 */
export function PartTitle({ id, title }: { id: string; title: string }) {
  const names: Readonly<Record<string, string>> = useMessages(guide).parts;
  return parts[id] === title ? <>{names[id]}</> : <Rendered text={title} />;
}
