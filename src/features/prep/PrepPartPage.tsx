import { ROLE_INFO, ROLES_IN_ORDER } from '../../lib/contact-roles';
import { CompanyForm } from './CompanyForm';
import { ContactForm } from './ContactForm';
import { LoadingOr } from './LoadingOr';
import { PREP_PARTS, PrepNav } from './PrepNav';
import { ReadinessCheckForm } from './ReadinessCheckForm';
import { SystemsForm } from './SystemsForm';
import { usePrep } from './usePrep';
import { useMessages } from '../../i18n/active';
import { prep as words } from '../../i18n/ja/prep';
import '../../ui/records.css';
import './prep.css';

/** One part of 平時の備え (/prep/company, /prep/contacts, /prep/systems, /prep/check). */
export default function PrepPartPage(props: Record<string, unknown>) {
  const part = String(props.part);
  const path = `/prep/${part}`;
  const found = PREP_PARTS.find((p) => p.path === path);
  const { prep, error } = usePrep();
  const m = useMessages(words);
  if (!found) {
    return (
      <>
        <h1>{m.title}</h1>
        <p>{m.notFound}</p>
        <PrepNav current="" />
      </>
    );
  }
  return (
    <>
      <p class="muted small">{m.title}</p>
      <h1>{m.parts[found.id]}</h1>
      <PrepNav current={path} />
      <LoadingOr prep={prep} error={error}>
        {(p) =>
          part === 'company' ? (
            <CompanyForm stored={p.company} />
          ) : part === 'systems' ? (
            <SystemsForm stored={p.systems} />
          ) : part === 'check' ? (
            <ReadinessCheckForm profile={p} />
          ) : (
            <>
              <p class="muted small">{m.contactsIntro}</p>
              {(['inside', 'outside'] as const).map((side) => (
                <section key={side} aria-labelledby={`prep-${side}`}>
                  <h2 id={`prep-${side}`}>{m.sides[side]}</h2>
                  {ROLES_IN_ORDER.filter((r) => ROLE_INFO[r].side === side).map((r) => (
                    <ContactForm key={r} role={r} stored={p.contacts[r]} />
                  ))}
                </section>
              ))}
            </>
          )
        }
      </LoadingOr>
    </>
  );
}
