import { useEffect, useState } from 'preact/hooks';
import { INCIDENT_TYPES } from '../../content/catalog';
import { lazy } from 'preact-iso';
import { InstallButton } from '../../pwa/InstallButton';
import { OngoingIncident } from './OngoingIncident';
import { whenIdle } from '../../ui/idle';
import './home.css';

// Loaded after the buttons: the reminder reads the database.
const BackupReminder = lazy(() => import('../export/BackupReminder').then((m) => m.BackupReminder));
const PrepReminder = lazy(() => import('../prep/PrepReminder').then((m) => m.PrepReminder));

/** Home: 「何が起きましたか？」 — one tap to the playbook of what happened. */
export default function HomePage() {
  const [causesOpen, setCausesOpen] = useState(false);
  // Once home is painted, fetch the incident types' pages: on a first visit over a weak network
  // the tap on a type then opens its playbook at once.
  // (The mark lets the byte budget test tell this warm-up from home's own load.)
  useEffect(
    () =>
      whenIdle(() => {
        performance.mark('warm-type-pages');
        INCIDENT_TYPES.forEach((t) => preloadPlaybook(t.id));
      }),
    [],
  );
  return (
    <>
      <h1>何が起きましたか？</h1>
      <OngoingIncident />
      <p class="muted">当てはまるものを選ぶと、最初にやることから順に案内します。</p>
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
                {t.shortTitle}
                <span class="type-hint">原因を選ぶ</span>
              </button>
              <div id="leak-causes" class="cause-list" hidden={!causesOpen}>
                <p id="leak-causes-title">原因はどれですか？</p>
                <ul aria-labelledby="leak-causes-title">
                  {t.causes.map((c) => (
                    <li key={c.id}>
                      <a class="button block" href={`/playbooks/${t.id}?cause=${c.id}`}>
                        {c.title}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a class="button block" href={`/playbooks/${t.id}`}>
                      わからない
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
                {t.shortTitle}
              </a>
            </li>
          ),
        )}
        <li>
          <a class="type-button unsure" href="/triage">
            まだわからない
            <span class="type-hint">基本の手順と、見分け方</span>
          </a>
        </li>
      </ul>
      <ul class="home-links">
        <li>
          <a class="button block" href="/search">
            手引きを検索
          </a>
        </li>
        <li>
          <a class="button block" href="/incidents">
            対応記録を見る
          </a>
        </li>
        <li>
          <a class="button block" href="/prep">
            平時の備え（連絡先・緊急カード）
          </a>
        </li>
      </ul>
      <BackupReminder />
      <PrepReminder />
      <InstallButton />
    </>
  );
}

// Touching a type button starts fetching its page and content before the tap completes, so
// on a slow network the playbook opens sooner (the service worker makes later visits instant).
function preloadPlaybook(id: string) {
  void import('../guide/PlaybookPage');
  void import('../guide/data').then((m) => m.preloadPlaybook(id));
}
