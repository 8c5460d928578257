import { mailtoHref } from '../lib/email';
import { telHref } from '../lib/phone';
import { CopyButton } from './CopyButton';
import './call.css';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

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
  const m = useMessages(uiControls);
  if (!phone && !email) return null;
  const tel = telHref(phone);
  const mailto = mailtoHref(email);
  return (
    <ul class="call-links">
      {phone && (
        <li>
          {tel ? (
            <a class="button primary call" href={tel}>
              {m.call}
              <span class="visually-hidden">：{who}</span> <bdi class="call-number">{phone}</bdi>
            </a>
          ) : (
            <span>
              {m.phoneLabel}
              <bdi class="call-number">{phone}</bdi>
              {m.checkNumber}
            </span>
          )}
          <CopyButton text={phone} label={m.copyNumber} name={m.labelFor(m.copyNumber, who)} />
        </li>
      )}
      {email && (
        <li>
          {mailto ? (
            <a class="button" href={mailto}>
              {m.mail}
              <span class="visually-hidden">：{who}</span> <bdi class="call-number">{email}</bdi>
            </a>
          ) : (
            <span>
              {m.mailLabel}
              <bdi class="call-number">{email}</bdi>
              {m.checkAddress}
            </span>
          )}
          <CopyButton text={email} label={m.copyAddress} name={m.labelFor(m.copyAddress, who)} />
        </li>
      )}
    </ul>
  );
}
