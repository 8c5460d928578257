import type { ChecklistItem } from '../../content/schema';
import { ExtraNote } from '../../ui/ExtraNote';
import { Rendered } from '../../ui/Rendered';

/** An item's detail paragraphs and its outside-the-guide note (with source and date). */
export function ItemDetail({ item }: { item: Pick<ChecklistItem, 'detail' | 'extra'> }) {
  return (
    <>
      {item.detail?.map((d, i) => (
        <p key={i}>
          <Rendered text={d} />
        </p>
      ))}
      {item.extra && <ExtraNote extra={item.extra} />}
    </>
  );
}
