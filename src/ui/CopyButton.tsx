import { useState } from 'preact/hooks';
import { copyText } from './clipboard';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

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
  const m = useMessages(uiControls);
  const copy = async () => {
    setMessage((await copyText(text)) ? m.copied : m.copyFailed(text));
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
