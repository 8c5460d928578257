import type { ChecklistItem } from '../../content/schema';

/** An item's detail paragraphs and its outside-the-guide note (with source and date). */
export function ItemDetail({ item }: { item: Pick<ChecklistItem, 'detail' | 'extra'> }) {
  return (
    <>
      {item.detail?.map((d, i) => (
        <p key={i}>{d}</p>
      ))}
      {item.extra && (
        <p>
          {item.extra.text}
          <span class="muted">
            （手引き外の補足。出典：{item.extra.source}、{item.extra.asOf}時点）
          </span>
        </p>
      )}
    </>
  );
}
