import { useEffect, useState } from 'preact/hooks';
import { INCIDENT_TYPES } from '../../content/catalog';
import { lazy } from 'preact-iso';
import { InstallButton } from '../../pwa/InstallButton';
import { OngoingIncident } from './OngoingIncident';
import { whenIdleInTurn } from '../../ui/idle';
import { useLanguage, useMessages } from '../../i18n/active';
import { home } from '../../i18n/ja/home';
import { app } from '../../i18n/ja/app';
import { useStore } from '../../app/store';
import { LanguageSelect } from '../../ui/LanguageSelect';
import './home.css';

// Loaded after the buttons: the reminder reads the database.
const loadBackupReminder = () => import('../export/BackupReminder');
const loadPrepReminder = () => import('../prep/PrepReminder');
const BackupReminder = lazy(() => loadBackupReminder().then((m) => m.BackupReminder));
const PrepReminder = lazy(() => loadPrepReminder().then((m) => m.PrepReminder));

/** Home: 「何が起きましたか？」 — one tap to the playbook of what happened. */
export default function HomePage() {
  const [causesOpen, setCausesOpen] = useState(false);
  const m = useMessages(home);
  // The type and cause names by id; a type the catalogue lacks keeps its Japanese title.
  const types: Readonly<Record<string, string>> = m.types;
  const causes: Readonly<Record<string, string>> = m.causes;
  // Once home is painted and its own reminders are loaded, fetch the incident types' pages: on a
  // first visit over a weak network the tap on a type then opens its playbook at once.
  // (The marks let the byte budget test tell this warm-up from home's own load.)
  useEffect(() => {
    const warm = () => {
      performance.mark('warm-type-pages');
      whenIdleInTurn(WARM_STEPS, () => performance.mark('warm-type-pages-done'));
    };
    // Home's own parts first (a reminder that cannot load shows nothing: warm up all the same).
    void Promise.all([loadBackupReminder(), loadPrepReminder()]).then(warm, warm);
  }, []);
  return (
    <>
      {/* One tap from home for a person who reads no Japanese: labelled in both languages. */}
      <LanguageChoice />
      <h1>{m.title}</h1>
      <OngoingIncident />
      <p class="muted">{m.intro}</p>
      <ul class="type-list">
        {INCIDENT_TYPES.map((t) =>
          t.causes ? (
            <li key={t.id}>
              <button
                type="button"
                class="type-button"
                aria-expanded={causesOpen}
                aria-controls="leak-causes"
                onClick={() => {
                  preloadPlaybook(t.id);
                  setCausesOpen((o) => !o);
                }}
              >
                {types[t.id] ?? t.shortTitle}
                <span class="type-hint">{m.chooseCause}</span>
              </button>
              <div id="leak-causes" class="cause-list" hidden={!causesOpen}>
                <p id="leak-causes-title">{m.whichCause}</p>
                <ul aria-labelledby="leak-causes-title">
                  {t.causes.map((c) => (
                    <li key={c.id}>
                      <a class="button block" href={`/playbooks/${t.id}?cause=${c.id}`}>
                        {causes[c.id] ?? c.title}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a class="button block" href={`/playbooks/${t.id}`}>
                      {m.causeUnknown}
                    </a>
                  </li>
                </ul>
              </div>
            </li>
          ) : (
            <li key={t.id}>
              <a
                class="type-button"
                href={`/playbooks/${t.id}`}
                onPointerDown={() => preloadPlaybook(t.id)}
                onFocus={() => preloadPlaybook(t.id)}
              >
                {types[t.id] ?? t.shortTitle}
              </a>
            </li>
          ),
        )}
        <li>
          <a class="type-button unsure" href="/triage">
            {m.unsure}
            <span class="type-hint">{m.unsureHint}</span>
          </a>
        </li>
      </ul>
      <ul class="home-links">
        <li>
          <a class="button block" href="/search">
            {m.search}
          </a>
        </li>
        <li>
          <a class="button block" href="/incidents">
            {m.records}
          </a>
        </li>
        <li>
          <a class="button block" href="/prep">
            {m.prep}
          </a>
        </li>
      </ul>
      <BackupReminder />
      <PrepReminder />
      <InstallButton />
    </>
  );
}

/** The language switcher at the top of home (also on 設定). */
function LanguageChoice() {
  const label = useMessages(app).language;
  const language = useLanguage();
  const choose = useStore((s) => s.chooseLanguage);
  return (
    <p class="home-language">
      <label for="home-language">{label}</label>
      <LanguageSelect
        id="home-language"
        label={label}
        value={language}
        onChange={(l) => void choose(l).catch(() => {})}
      />
    </p>
  );
}

// Touching a type button starts fetching its page and content before the tap completes, so
// on a slow network the playbook opens sooner (the service worker makes later visits instant).
function preloadPlaybook(id: string): Promise<unknown> {
  return Promise.all([
    import('../guide/PlaybookPage'),
    import('../guide/data').then((m) => m.preloadPlaybook(id)),
  ]);
}

/** Home's warm-up: the playbook page, the files every playbook shows, then each type's page. */
const WARM_STEPS: readonly (() => Promise<unknown>)[] = [
  () => import('../guide/PlaybookPage'),
  ...['basic', 'notes', 'contacts'].map(
    (file) => () => import('../../content/load').then((m) => m.loadPlaybook(file)),
  ),
  ...INCIDENT_TYPES.map((type) => () => preloadPlaybook(type.id)),
];
