import { useMessages } from '../../i18n/active';
import { incidentsEvidence } from '../../i18n/ja/incidents-evidence';

/**
 * Beside a checklist item or a timeline entry: its attached evidence, and a link to attach
 * (unless `attach` is false). Links are described by `describedBy` (the item's text element)
 * or else carry the text for screen readers.
 */
export function EvidenceLinks({
  incidentId,
  count,
  itemId,
  entryId,
  text,
  describedBy,
  attach = true,
}: {
  incidentId: string;
  count: number;
  itemId?: string;
  entryId?: string;
  text: string;
  describedBy?: string;
  attach?: boolean;
}) {
  const m = useMessages(incidentsEvidence);
  if (!count && !attach) return null;
  const hidden = !describedBy && <span class="visually-hidden">: {text}</span>;
  const base = `/incidents/${incidentId}/evidence`;
  const about = new URLSearchParams({
    ...(itemId ? { item: itemId } : { entry: entryId ?? '' }),
    about: text.slice(0, 120),
  });
  return (
    <p class="row small evidence-links">
      {count > 0 && (
        <a href={base} aria-describedby={describedBy}>
          {m.count(count)}
          {hidden}
        </a>
      )}
      {attach && (
        <a class="button small" href={`${base}?${about}`} aria-describedby={describedBy}>
          {m.attach}
          {hidden}
        </a>
      )}
    </p>
  );
}
