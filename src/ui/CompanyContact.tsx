import { ROLE_INFO } from '../lib/contact-roles';
import type { ContactRole, PrepContact } from '../storage/prep-schema';
import { CallLinks } from './CallLinks';

/** One of the company's own contacts: role, name, call links and what to tell them. */
export function CompanyContact({ role, contact: c }: { role: ContactRole; contact: PrepContact }) {
  const label = ROLE_INFO[role].label;
  const who = [c.org, c.name].filter(Boolean).join(' ');
  return (
    <li class="company-contact">
      <p class="company-contact-who">
        <strong>{label}</strong> {who && <bdi>{who}</bdi>}
      </p>
      <CallLinks who={`${label} ${c.name}`.trim()} phone={c.phone} email={c.email} />
      {c.deputyPhone && (
        <CallLinks
          who={`${label}の代わりの人 ${c.deputyName}`.trim()}
          phone={c.deputyPhone}
          email=""
        />
      )}
      {!c.phone && !c.email && !c.deputyPhone && (
        <p class="small">
          電話番号とメールアドレスはまだ登録されていません（<a href="/prep/contacts">平時の備え</a>
          で追加できます）。
        </p>
      )}
      {c.policyNumber && (
        <p class="small">
          証券番号：<bdi>{c.policyNumber}</bdi>
        </p>
      )}
      <p class="small muted">
        伝えること：{c.tell ? <bdi>{c.tell}</bdi> : ROLE_INFO[role].tellHint}
      </p>
    </li>
  );
}

/** Whether anything of a contact was entered in 備え (a contact saved with every field empty is not). */
export const isEntered = (c: PrepContact | undefined): c is PrepContact =>
  Boolean(
    c &&
    [c.name, c.org, c.phone, c.email, c.deputyName, c.deputyPhone, c.policyNumber, c.tell].some(
      Boolean,
    ),
  );
