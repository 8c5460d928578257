import { TextField } from '../../ui/TextField';

/** The shortest passphrase of an encrypted file. */
export const MIN_PASSPHRASE = 8;

/** What is wrong with a passphrase and its confirmation ('' when nothing). */
export const passphraseProblem = (pass: string, again: string): string =>
  pass.length < MIN_PASSPHRASE
    ? `パスフレーズは${MIN_PASSPHRASE}文字以上にしてください。`
    : pass !== again
      ? '確認のパスフレーズが一致しません。'
      : '';

/** A new passphrase typed twice, with the warning that nobody can open the file without it. */
export function PassphrasePair(props: {
  id: string;
  pass: string;
  again: string;
  onPass: (value: string) => void;
  onAgain: (value: string) => void;
}) {
  return (
    <>
      <TextField
        id={`${props.id}-pass`}
        label={`パスフレーズ（${MIN_PASSPHRASE}文字以上）`}
        type="password"
        autocomplete="new-password"
        value={props.pass}
        onValue={props.onPass}
      />
      <TextField
        id={`${props.id}-pass-again`}
        label="パスフレーズ（確認）"
        type="password"
        autocomplete="new-password"
        value={props.again}
        onValue={props.onAgain}
      />
      <p class="small muted">
        パスフレーズを忘れると、だれにも開けません。別の場所に控えておいてください。
      </p>
    </>
  );
}
