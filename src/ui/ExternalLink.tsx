import type { ComponentChildren } from 'preact';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/**
 * A link to another site: opens outside the app and says in words that it needs a
 * network (the app itself works offline; these pages do not).
 */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  const m = useMessages(ui);
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="external-note">{m.external}</span>
    </a>
  );
}
