import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import type { MessagesOf } from '../../i18n/namespace';
import { TextField } from '../../ui/TextField';

/** The shortest passphrase of an encrypted file. */
export const MIN_PASSPHRASE = 8;

/** What is wrong with a passphrase and its confirmation, in the messages `m` ('' when nothing). */
export const passphraseProblem = (
  pass: string,
  again: string,
  m: MessagesOf<typeof exportPage.ja>,
): string =>
  pass.length < MIN_PASSPHRASE
    ? m.passphraseTooShort(MIN_PASSPHRASE)
    : pass !== again
      ? m.passphraseMismatch
      : '';

/** A new passphrase typed twice, with the warning that nobody can open the file without it. */
export function PassphrasePair(props: {
  id: string;
  pass: string;
  again: string;
  onPass: (value: string) => void;
  onAgain: (value: string) => void;
}) {
  const m = useMessages(exportPage);
  return (
    <>
      <TextField
        id={`${props.id}-pass`}
        label={m.passphraseLabel(MIN_PASSPHRASE)}
        type="password"
        autocomplete="new-password"
        value={props.pass}
        onValue={props.onPass}
      />
      <TextField
        id={`${props.id}-pass-again`}
        label={m.passphraseAgain}
        type="password"
        autocomplete="new-password"
        value={props.again}
        onValue={props.onAgain}
      />
      <p class="small muted">{m.passphraseWarning}</p>
    </>
  );
}
