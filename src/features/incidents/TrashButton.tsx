import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * 「削除…」 with an inline confirmation: one mistaken tap never deletes. Focus moves to the
 * safe choice (やめる) when the question opens, and back to the button when it closes.
 */
export function TrashButton({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} class="button danger" type="button" onClick={() => setAsking(true)}>
        この対応記録を削除…
      </button>
    );
  }
  return (
    <div
      class="notice warn"
      role="alertdialog"
      aria-labelledby="trash-q"
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id="trash-q">
        この対応記録をゴミ箱に移しますか？30日間は「設定」のゴミ箱から元に戻せます。
      </p>
      <div class="row">
        <button class="button danger" type="button" onClick={onConfirm}>
          ゴミ箱に移す
        </button>
        <button ref={cancel} class="button" type="button" onClick={() => setAsking(false)}>
          やめる
        </button>
      </div>
    </div>
  );
}
