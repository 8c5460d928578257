import { Rendered } from '../../ui/Rendered';

/**
 * A guide part's title: the catalogue's words (`names`) where the catalogue's Japanese (`ja`)
 * is the file's own title, else the file's title through its renderings.
 */
export function PartTitle(props: {
  ja: Readonly<Record<string, string>>;
  names: Readonly<Record<string, string>>;
  id: string;
  title: string;
}) {
  const { ja, names, id, title } = props;
  return ja[id] === title && names[id] ? <>{names[id]}</> : <Rendered text={title} />;
}
