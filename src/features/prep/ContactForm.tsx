import { useState } from 'preact/hooks';
import { ROLE_INFO } from '../../lib/contact-roles';
import type { ContactRole, PrepContact } from '../../storage';
import { CallLinks } from '../../ui/CallLinks';
import { checkContact, type ContactInput } from './contact-check';
import { PrepField } from './PrepField';
import { contactLabels } from './prep-labels';
import { SaveBar } from './SaveBar';
import { useSaveForm } from './useSaveForm';

const blank = (role: ContactRole): ContactInput => ({
  id: `contact:${role}`,
  kind: 'contact',
  role,
  name: '',
  org: '',
  phone: '',
  email: '',
  deputyName: '',
  deputyPhone: '',
  tell: '',
  policyNumber: '',
});

/** One role of 体制と連絡先: its call links when stored, and the form to fill them in. */
export function ContactForm({ role, stored }: { role: ContactRole; stored?: PrepContact }) {
  const info = ROLE_INFO[role];
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    blank(role),
    checkContact,
    ['tell'],
  );
  const inside = info.side === 'inside';
  const label = contactLabels(inside);
  // Open while empty (or with unsaved input kept) when the page opens; after that, only the
  // person opens or closes it.
  const [openAtFirst] = useState(!stored || restored);
  const who = [info.label, stored?.name].filter(Boolean).join(' ');
  /** One field's props: its id (`contact-<role>-<suffix>`), label, value, input and problem. */
  const bind = (key: keyof typeof label, suffix: string) => ({
    id: `contact-${role}-${suffix}`,
    label: label[key],
    value: values[key],
    onValue: set(key),
    error: problems[key],
  });
  return (
    <details class="card prep-contact" open={openAtFirst}>
      <summary>
        <span class="prep-role">{info.label}</span>
        <span class="muted small">
          {stored ? [stored.org, stored.name].filter(Boolean).join(' ') || '登録済み' : '未登録'}
        </span>
      </summary>
      {stored && (
        <>
          <CallLinks who={who} phone={stored.phone} email={stored.email} />
          {stored.deputyPhone && (
            <CallLinks
              who={`${info.label}の代わりの人 ${stored.deputyName}`}
              phone={stored.deputyPhone}
              email=""
            />
          )}
          <p class="small">
            <strong>伝えること：</strong>
            {stored.tell ? <bdi>{stored.tell}</bdi> : info.tellHint}
          </p>
        </>
      )}
      <form noValidate onSubmit={save} aria-label={`${info.label}の連絡先`}>
        <PrepField {...bind('org', 'org')} />
        <PrepField {...bind('name', 'name')} />
        <PrepField {...bind('phone', 'phone')} kind="tel" hint="ハイフンあり・全角でも構いません" />
        <PrepField {...bind('email', 'email')} kind="email" />
        {role === 'insurance' && <PrepField {...bind('policyNumber', 'policy')} />}
        <PrepField {...bind('deputyName', 'deputy')} />
        <PrepField {...bind('deputyPhone', 'deputy-phone')} kind="tel" />
        <PrepField {...bind('tell', 'tell')} kind="long" hint={`例: ${info.tellHint}`} />
        <SaveBar state={state} error={error} restored={restored} />
      </form>
    </details>
  );
}
