import { mailtoHref } from '../lib/email';
import { telHref } from '../lib/phone';
import { CopyButton } from './CopyButton';
import './call.css';

/**
 * 「電話する」 (tel:), 「メール」 (mailto:) and a copy button for one person or organisation.
 * The links pass the app's one number and address rules: a number kept full-width is called with
 * ASCII digits; a number or an address that does not pass is shown as text, never linked.
 */
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
  const tel = telHref(phone);
  const mailto = mailtoHref(email);
  return (
    <ul class="call-links">
      {phone && (
        <li>
          {tel ? (
            <a class="button primary call" href={tel}>
              電話する<span class="visually-hidden">：{who}</span>{' '}
              <bdi class="call-number">{phone}</bdi>
            </a>
          ) : (
            <span>
              電話番号：<bdi class="call-number">{phone}</bdi>（番号の形を確かめてください）
            </span>
          )}
          <CopyButton text={phone} label="番号をコピー" name={`番号をコピー（${who}）`} />
        </li>
      )}
      {email && (
        <li>
          {mailto ? (
            <a class="button" href={mailto}>
              メール<span class="visually-hidden">：{who}</span>{' '}
              <bdi class="call-number">{email}</bdi>
            </a>
          ) : (
            <span>
              メール：<bdi class="call-number">{email}</bdi>（アドレスの形を確かめてください）
            </span>
          )}
          <CopyButton text={email} label="アドレスをコピー" name={`アドレスをコピー（${who}）`} />
        </li>
      )}
    </ul>
  );
}
