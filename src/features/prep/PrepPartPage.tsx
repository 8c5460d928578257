import { ROLE_INFO, ROLES_IN_ORDER } from '../../lib/contact-roles';
import { CompanyForm } from './CompanyForm';
import { ContactForm } from './ContactForm';
import { LoadingOr } from './LoadingOr';
import { PREP_PARTS, PrepNav } from './PrepNav';
import { ReadinessCheckForm } from './ReadinessCheckForm';
import { SystemsForm } from './SystemsForm';
import { usePrep } from './usePrep';
import '../../ui/records.css';
import './prep.css';

/** One part of 平時の備え (/prep/company, /prep/contacts, /prep/systems, /prep/check). */
export default function PrepPartPage(props: Record<string, unknown>) {
  const part = String(props.part);
  const path = `/prep/${part}`;
  const title = PREP_PARTS.find((p) => p.path === path)?.label;
  const { prep, error } = usePrep();
  if (!title) {
    return (
      <>
        <h1>平時の備え</h1>
        <p>このページは見つかりませんでした。</p>
        <PrepNav current="" />
      </>
    );
  }
  return (
    <>
      <p class="muted small">平時の備え</p>
      <h1>{title}</h1>
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
              <p class="muted small">
                わかる人・会社だけで構いません。保存すると「電話する」ボタンが出て、インシデントのときに対応記録の画面にも表示されます。
              </p>
              {(['inside', 'outside'] as const).map((side) => (
                <section key={side} aria-labelledby={`prep-${side}`}>
                  <h2 id={`prep-${side}`}>{side === 'inside' ? '社内' : '社外'}</h2>
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
