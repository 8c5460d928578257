import { useState } from 'preact/hooks';

/** Copies `text` to the clipboard and says whether it worked (polite live region). */
export function CopyButton({
  text,
  label,
  name,
}: {
  text: string;
  /** Visible label. */
  label: string;
  /** Accessible name, when the label alone is ambiguous (must contain the label). */
  name?: string;
}) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage('コピーしました');
    } catch {
      setMessage(`コピーできませんでした。長押しして選択してください：${text}`);
    }
  };
  return (
    <span class="copy">
      <button type="button" class="button" onClick={copy} aria-label={name}>
        {label}
      </button>
      <span role="status" class="copy-message">
        {message}
      </span>
    </span>
  );
}
