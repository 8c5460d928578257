import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Incident, StorageError, StorageInfo } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { CharCount, limitProps } from '../../ui/CharCount';
import { SafariStorageNote, useSafariTab } from '../../pwa/SafariStorageNote';
import { StorageUsage } from './StorageUsage';
import { LanguageSetting } from './LanguageSetting';
import { TRASH_DAYS } from './slice';
import '../../ui/records.css';
import { useMessages } from '../../i18n/active';
import { settings as messages } from '../../i18n/ja/settings';

/** 設定: the language, the responder's name, storage status, the trash, the app version. */
export default function SettingsPage() {
  const formatJst = useFormatJst();
  const init = useStore((s) => s.initIncidents);
  const name = useStore((s) => s.responderName);
  const saveName = useStore((s) => s.saveResponderName);
  const restore = useStore((s) => s.restoreIncident);
  const listTrash = useStore((s) => s.listTrash);
  const storageInfo = useStore((s) => s.storageInfo);
  const [draft, setDraft] = useState<string | null>(null);
  const [nameState, setNameState] = useState<string>('');
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [trash, setTrash] = useState<Incident[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const safariTab = useSafariTab();
  const m = useMessages(messages);

  const reloadTrash = () => listTrash().then(setTrash, (e: StorageError) => setError(e.message));
  useEffect(() => {
    init();
    void storageInfo().then(setInfo);
    void reloadTrash();
  }, []);

  return (
    <>
      <h1>{m.title}</h1>
      <LanguageSetting />
      <section class="card" aria-labelledby="settings-name">
        <h2 id="settings-name">{m.nameTitle}</h2>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await saveName(draft ?? name ?? '');
              setDraft(null);
              setNameState('saved');
            } catch (err) {
              setNameState((err as StorageError).message);
            }
          }}
        >
          <label for="settings-responder" class="small">
            {m.nameHelp}
          </label>
          <div class="row">
            <input
              id="settings-responder"
              type="text"
              autocomplete="name"
              class="settings-input"
              {...limitProps('settings-responder', 'name')}
              value={draft ?? name ?? ''}
              onInput={(e) => {
                setDraft(e.currentTarget.value);
                setNameState('');
              }}
            />
            <button class="button primary" type="submit">
              {m.save}
            </button>
          </div>
          <CharCount inputId="settings-responder" kind="name" value={draft ?? name ?? ''} />
          <p class="save-status" aria-live="polite">
            {nameState === 'saved' ? m.saved : nameState}
          </p>
        </form>
      </section>

      <section class="card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{m.storageTitle}</h2>
        {!info ? (
          <p class="muted">{m.checking}</p>
        ) : (
          <>
            <p>
              {info.persisted === true
                ? m.persisted
                : info.persisted === false
                  ? m.notPersisted
                  : m.persistUnknown}
            </p>
            {safariTab && (
              <div class="notice warn">
                <SafariStorageNote backupLink={false} />
              </div>
            )}
            {info.persisted !== true && !safariTab && <p class="notice warn">{m.installAdvice}</p>}
            <StorageUsage info={info} />
          </>
        )}
      </section>

      <section class="card" aria-labelledby="settings-prep">
        <h2 id="settings-prep">{m.prepTitle}</h2>
        <p>{m.prepText}</p>
        <a class="button" href="/prep">
          {m.prepOpen}
        </a>
      </section>

      <section class="card" aria-labelledby="settings-team">
        <h2 id="settings-team">{m.teamTitle}</h2>
        <p>{m.teamText}</p>
        <a class="button" href="/settings/team">
          {m.teamOpen}
        </a>
      </section>

      <section class="card" aria-labelledby="settings-backup">
        <h2 id="settings-backup">{m.backupTitle}</h2>
        <p>{m.backupText}</p>
        <a class="button" href="/backup">
          {m.backupOpen}
        </a>
      </section>

      <section class="card" aria-labelledby="settings-trash">
        <h2 id="settings-trash">{m.trashTitle}</h2>
        <p class="muted">{m.trashHelp(TRASH_DAYS)}</p>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        {trash && !trash.length && <p>{m.trashEmpty}</p>}
        <ul class="incident-list">
          {trash?.map((i) => (
            <li key={i.id} class="trash-row">
              <p>
                <bdi>{i.title}</bdi>
                <br />
                <span class="muted small">
                  {m.deletedAt(formatJst(i.deletedAt ?? i.updatedAt))}
                </span>
              </p>
              <button
                class="button"
                type="button"
                onClick={async () => {
                  try {
                    await restore(i.id);
                    await reloadTrash();
                  } catch (e) {
                    setError((e as StorageError).message);
                  }
                }}
              >
                {m.restore}
                <span class="visually-hidden">: {i.title}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="settings-version">
        <h2 id="settings-version">{m.aboutTitle}</h2>
        <p>{m.version(__APP_VERSION__)}</p>
      </section>
    </>
  );
}
