import { CopyButton } from './CopyButton';
import './call.css';

/** 「電話する」 (tel:), 「メール」 (mailto:) and a copy button for one person or organisation. */
export function CallLinks({
  who,
  phone,
  email,
}: {
  /** Who is called, for the accessible names (e.g. 「経営者 山田 太郎」). */
  who: string;
  phone: string;
  email: string;
}) {
  if (!phone && !email) return null;
  return (
    <ul class="call-links">
      {phone && (
        <li>
          <a class="button primary call" href={`tel:${phone}`}>
            電話する<span class="visually-hidden">：{who}</span>{' '}
            <span class="call-number">{phone}</span>
          </a>
          <CopyButton text={phone} label="番号をコピー" name={`番号をコピー（${who}）`} />
        </li>
      )}
      {email && (
        <li>
          <a class="button" href={`mailto:${email}`}>
            メール<span class="visually-hidden">：{who}</span>{' '}
            <span class="call-number">{email}</span>
          </a>
          <CopyButton text={email} label="アドレスをコピー" name={`アドレスをコピー（${who}）`} />
        </li>
      )}
    </ul>
  );
}
