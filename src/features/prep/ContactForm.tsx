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
  const p = `contact-${role}`;
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
        <PrepField
          id={`${p}-org`}
          label={label.org}
          value={values.org}
          onValue={set('org')}
          error={problems.org}
        />
        <PrepField
          id={`${p}-name`}
          label={label.name}
          value={values.name}
          onValue={set('name')}
          error={problems.name}
        />
        <PrepField
          id={`${p}-phone`}
          label={label.phone}
          kind="tel"
          value={values.phone}
          onValue={set('phone')}
          error={problems.phone}
          hint="ハイフンあり・全角でも構いません"
        />
        <PrepField
          id={`${p}-email`}
          label={label.email}
          kind="email"
          value={values.email}
          onValue={set('email')}
          error={problems.email}
        />
        {role === 'insurance' && (
          <PrepField
            id={`${p}-policy`}
            label={label.policyNumber}
            value={values.policyNumber}
            onValue={set('policyNumber')}
            error={problems.policyNumber}
          />
        )}
        <PrepField
          id={`${p}-deputy`}
          label={label.deputyName}
          value={values.deputyName}
          onValue={set('deputyName')}
          error={problems.deputyName}
        />
        <PrepField
          id={`${p}-deputy-phone`}
          label={label.deputyPhone}
          kind="tel"
          value={values.deputyPhone}
          onValue={set('deputyPhone')}
          error={problems.deputyPhone}
        />
        <PrepField
          id={`${p}-tell`}
          label={label.tell}
          kind="long"
          value={values.tell}
          onValue={set('tell')}
          error={problems.tell}
          hint={`例: ${info.tellHint}`}
        />
        <SaveBar state={state} error={error} restored={restored} />
      </form>
    </details>
  );
}
