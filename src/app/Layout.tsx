import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { sections, sectionOf } from './routes';
import { Icon } from '../ui/icons';
import { OfflineReadyNote, UpdatePrompt } from '../pwa/UpdatePrompt';
import { OfflineIndicator } from '../pwa/OfflineIndicator';
import { useMessages } from '../i18n/active';
import { app } from '../i18n/ja/app';

/** The app frame: header, banners, the page, and the bottom navigation. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const current = sectionOf(path);
  const m = useMessages(app);
  // One title for every route, in the language on screen (index.html's is the Japanese one).
  useEffect(() => {
    if (document.title !== m.documentTitle) document.title = m.documentTitle;
  }, [m.documentTitle]);
  return (
    <div class="shell" data-path={path} data-version={__APP_VERSION__}>
      <a class="skip-link" href="#main">
        {m.skipToMain}
      </a>
      <header class="app-header">
        <a class="app-title" href="/">
          {m.appName}
        </a>
        <OfflineIndicator />
      </header>
      <UpdatePrompt />
      <main id="main" class="page" tabIndex={-1}>
        {children}
        <OfflineReadyNote />
      </main>
      <nav class="bottom-nav" aria-label={m.mainMenu}>
        <ul>
          {sections.map((s) => (
            <li key={s.path}>
              <a href={s.path} aria-current={current === s.path ? 'page' : undefined}>
                <Icon name={s.icon} />
                <span>{m.sections[s.id]}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
