import { useStore } from '../../app/store';

/**
 * 「訓練」 at the top of every page of a drill incident (the text says it, not only the
 * colour), with the way back to the drill's clock and injects.
 */
export function DrillBanner({ id }: { id: string }) {
  const drill = useStore((s) =>
    s.openIncident?.incident.id === id ? s.openIncident.incident.drill : undefined,
  );
  if (!drill) return null;
  return (
    <p class="notice warn" role="note">
      <strong>訓練</strong>： この記録は訓練です。実際のインシデントではありません。
      期限とかかった時間は、訓練の時計で数えます。{' '}
      <a href={`/incidents/${id}/drill`}>訓練の進行へ</a>
    </p>
  );
}
