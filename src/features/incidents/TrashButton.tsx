import { ConfirmButton } from '../../ui/ConfirmButton';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** 「削除…」 that asks first; the incident goes to the trash, restorable for 30 days. */
export function TrashButton({ onConfirm }: { onConfirm: () => void }) {
  const m = useMessages(incidents);
  return (
    <ConfirmButton
      label={m.trash}
      question={m.trashQuestion}
      confirmLabel={m.trashConfirm}
      onConfirm={onConfirm}
      danger
    />
  );
}
