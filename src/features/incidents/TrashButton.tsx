import { ConfirmButton } from '../../ui/ConfirmButton';

/** 「削除…」 that asks first; the incident goes to the trash, restorable for 30 days. */
export function TrashButton({ onConfirm }: { onConfirm: () => void }) {
  return (
    <ConfirmButton
      label="この対応記録を削除…"
      question="この対応記録をゴミ箱に移しますか？30日間は「設定」のゴミ箱から元に戻せます。"
      confirmLabel="ゴミ箱に移す"
      onConfirm={onConfirm}
      danger
    />
  );
}
