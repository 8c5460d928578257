import type { Contact } from '../../content/schema';
import { CopyButton } from '../../ui/CopyButton';
import { ExternalLink } from '../../ui/ExternalLink';

/** One organisation: what it is for, and how to reach it (mail, web, copy). */
export function ContactCard({ contact: c }: { contact: Contact }) {
  const who = `${c.org} ${c.service}`;
  return (
    <section id={c.id} class="card contact" aria-labelledby={`${c.id}-title`} tabIndex={-1}>
      <h3 id={`${c.id}-title`}>
        {c.service}
        <span class="contact-org">{c.org}</span>
      </h3>
      <p class="contact-for">こんなときに：</p>
      <ul>
        {c.purposes.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <p>{c.description}</p>
      <ul class="contact-actions">
        {c.email && (
          <li>
            <a class="button primary" href={`mailto:${c.email}`}>
              メールを書く（{c.email}）
            </a>
            <CopyButton
              text={c.email}
              label="アドレスをコピー"
              name={`アドレスをコピー（${who}）`}
            />
          </li>
        )}
        <li>
          <ExternalLink class="button" href={c.url}>
            Webサイトを開く
          </ExternalLink>
          <CopyButton text={c.url} label="URLをコピー" name={`URLをコピー（${who}）`} />
        </li>
      </ul>
    </section>
  );
}
