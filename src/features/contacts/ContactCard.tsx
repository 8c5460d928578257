import type { Contact } from '../../content/schema';
import { CopyButton } from '../../ui/CopyButton';
import { ExternalLink } from '../../ui/ExternalLink';
import { OriginalScope, Rendered, useRenderedText, RenderedEach } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { contacts as messages } from '../../i18n/ja/contacts';

/** One organisation: what it is for, and how to reach it (mail, web, copy). */
export function ContactCard({ contact: c }: { contact: Contact }) {
  const m = useMessages(messages);
  const text = useRenderedText();
  const who = `${text(c.org)} ${text(c.service)}`;
  return (
    <section id={c.id} class="card contact" aria-labelledby={`${c.id}-title`} tabIndex={-1}>
      <h3 id={`${c.id}-title`}>
        <Rendered text={c.service} />
        <span class="contact-org">
          <Rendered text={c.org} />
        </span>
      </h3>
      <OriginalScope>
        <p class="contact-for">{m.useFor}</p>
        <ul>
          <RenderedEach texts={c.purposes} as="li" />
        </ul>
        <p>
          <Rendered text={c.description} />
        </p>
      </OriginalScope>
      <ul class="contact-actions">
        {c.email && (
          <li>
            <a class="button primary" href={`mailto:${c.email}`}>
              {m.writeMail(c.email)}
            </a>
            <CopyButton
              text={c.email}
              label={m.copyAddress}
              name={m.labelFor(m.copyAddress, who)}
            />
          </li>
        )}
        <li>
          <ExternalLink class="button" href={c.url}>
            {m.openWebsite}
          </ExternalLink>
          <CopyButton text={c.url} label={m.copyUrl} name={m.labelFor(m.copyUrl, who)} />
        </li>
      </ul>
    </section>
  );
}
