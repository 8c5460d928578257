import type { ComponentChildren } from 'preact';

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
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="external-note">（要ネットワーク・別画面で開きます）</span>
    </a>
  );
}
