import { useStore } from '../../app/store';
import { useMessages } from '../../i18n/active';
import { drills } from '../../i18n/ja/drills';

/**
 * 「訓練」 at the top of every page of a drill incident (the text says it, not only the
 * colour), with the way back to the drill's clock and injects.
 */
export function DrillBanner({ id }: { id: string }) {
  const m = useMessages(drills);
  const drill = useStore((s) =>
    s.openIncident?.incident.id === id ? s.openIncident.incident.drill : undefined,
  );
  if (!drill) return null;
  return (
    <p class="notice warn" role="note">
      <strong>{m.banner}</strong>
      {m.bannerText} <a href={`/incidents/${id}/drill`}>{m.bannerLink}</a>
    </p>
  );
}
