import { useState } from 'preact/hooks';
import { ROLE_INFO } from '../../lib/contact-roles';
import type { ContactRole, PrepContact } from '../../storage';
import { CallLinks } from '../../ui/CallLinks';
import { isEntered } from '../../ui/CompanyContact';
import { checkContact, type ContactInput } from './contact-check';
import { PrepField } from './PrepField';
import { contactFields, type ContactField } from './prep-labels';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
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
  const m = useMessages(prep);
  const roleName = m.roles[role];
  const tellHint = m.tellHints[role];
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    blank(role),
    (v) => checkContact(v, undefined, stored !== undefined),
    ['tell'],
  );
  const inside = info.side === 'inside';
  const label = Object.fromEntries(contactFields(m, inside)) as Record<ContactField, string>;
  // Open while empty (or with unsaved input kept) when the page opens; after that, only the
  // person opens or closes it.
  const [openAtFirst] = useState(!isEntered(stored) || restored);
  const who = [roleName, stored?.name].filter(Boolean).join(' ');
  /** One field's props: its id (`contact-<role>-<suffix>`), label, value, input and problem. */
  const bind = (key: ContactField, suffix: string) => ({
    id: `contact-${role}-${suffix}`,
    label: label[key],
    value: values[key],
    onValue: set(key),
    error: problems[key],
  });
  return (
    <details class="card prep-contact" open={openAtFirst}>
      <summary>
        <span class="prep-role">{roleName}</span>
        <span class="muted small">
          {isEntered(stored)
            ? [stored.org, stored.name].filter(Boolean).join(' ') || m.registered
            : m.notRegistered}
        </span>
      </summary>
      {isEntered(stored) && (
        <>
          <CallLinks who={who} phone={stored.phone} email={stored.email} />
          {stored.deputyPhone && (
            <CallLinks
              who={m.deputyOf(roleName, stored.deputyName)}
              phone={stored.deputyPhone}
              email=""
            />
          )}
          <p class="small">
            <strong>{m.tell}</strong>
            {stored.tell ? <bdi>{stored.tell}</bdi> : tellHint}
          </p>
        </>
      )}
      <form noValidate onSubmit={save} aria-label={m.contactForm(roleName)}>
        <PrepField {...bind('org', 'org')} />
        <PrepField {...bind('name', 'name')} />
        <PrepField {...bind('phone', 'phone')} kind="tel" hint={m.phoneHint} />
        <PrepField {...bind('email', 'email')} kind="email" />
        {role === 'insurance' && <PrepField {...bind('policyNumber', 'policy')} />}
        <PrepField {...bind('deputyName', 'deputy')} />
        <PrepField {...bind('deputyPhone', 'deputy-phone')} kind="tel" />
        <PrepField {...bind('tell', 'tell')} kind="long" hint={m.example(tellHint)} />
        <SaveBar state={state} error={error} restored={restored} />
      </form>
    </details>
  );
}
