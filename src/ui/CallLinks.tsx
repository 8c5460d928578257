import { CopyButton } from './CopyButton';
import './call.css';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

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
  const m = useMessages(uiControls);
  if (!phone && !email) return null;
  return (
    <ul class="call-links">
      {phone && (
        <li>
          <a class="button primary call" href={`tel:${phone}`}>
            {m.call}
            <span class="visually-hidden">：{who}</span> <span class="call-number">{phone}</span>
          </a>
          <CopyButton text={phone} label={m.copyNumber} name={m.labelFor(m.copyNumber, who)} />
        </li>
      )}
      {email && (
        <li>
          <a class="button" href={`mailto:${email}`}>
            {m.mail}
            <span class="visually-hidden">：{who}</span> <span class="call-number">{email}</span>
          </a>
          <CopyButton text={email} label={m.copyAddress} name={m.labelFor(m.copyAddress, who)} />
        </li>
      )}
    </ul>
  );
}
