import { useEffect, useState } from 'preact/hooks';
import {
  failureText,
  readTeam,
  startTeam,
  stopTeam,
  testTeamConnection,
  type TeamInput,
  type TeamView,
} from './team-slice';
import { TeamStatusLine } from './TeamStatusLine';
import { useMessages } from '../../i18n/active';
import { team as messages } from '../../i18n/ja/team';
import '../../ui/records.css';
import './team.css';

type Field = keyof TeamInput;

// The fields' labels and hints are the team catalogue's `fields` and `hints`, by id.
const FIELDS: { id: Field; type: 'text' | 'password'; auto: string }[] = [
  { id: 'db', type: 'text', auto: 'off' },
  { id: 'user', type: 'text', auto: 'username' },
  { id: 'password', type: 'password', auto: 'current-password' },
  { id: 'passphrase', type: 'password', auto: 'off' },
  { id: 'deviceName', type: 'text', auto: 'off' },
];

/** 設定 → チーム: team mode, off by default, with what leaves the phone said first. */
export default function TeamPage() {
  const [team, setTeam] = useState<TeamView | null>(null);
  const [input, setInput] = useState<TeamInput>({
    db: '',
    user: '',
    password: '',
    passphrase: '',
    deviceName: '',
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const m = useMessages(messages);
  const hints: Partial<Record<Field, string>> = m.hints;

  const load = () =>
    readTeam().then((t) => {
      setTeam(t);
      setInput((i) => ({ ...i, db: t.db, user: t.user, deviceName: t.deviceName }));
    });
  useEffect(() => {
    load().catch((e: unknown) => setResult({ ok: false, text: failureText(e) }));
  }, []);

  const run = async (what: string, action: () => Promise<string>) => {
    setBusy(what);
    setResult(null);
    try {
      setResult({ ok: true, text: await action() });
      await load();
    } catch (e) {
      setResult({ ok: false, text: failureText(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h1>{m.title}</h1>
      <section class="card" aria-labelledby="team-what">
        <h2 id="team-what">{m.whatTitle}</h2>
        <p>{m.what}</p>
        <p class="notice warn">
          {m.sentBefore}
          <strong>{m.sentEncrypted}</strong>
          {m.sentAfter}
        </p>
        <p class="small muted">{m.server}</p>
      </section>

      <section class="card" aria-labelledby="team-setup">
        <h2 id="team-setup">
          {team === null ? m.sharing : team.enabled ? m.sharingOn : m.sharingOff}
        </h2>
        <TeamStatusLine />
        {team === null ? (
          <p class="muted">{m.loading}</p>
        ) : team.enabled ? (
          <>
            <p>
              {m.joinedDb}
              <bdi>{team.db}</bdi>
              {m.joinedUser}
              <bdi>{team.user}</bdi>
              {m.joinedDevice}
              <bdi>{team.deviceName}</bdi>
              {m.joinedEnd}
            </p>
            <button
              type="button"
              class="button"
              disabled={!!busy}
              onClick={() =>
                run('stop', async () => {
                  await stopTeam();
                  return m.stopped;
                })
              }
            >
              {m.stop}
            </button>
          </>
        ) : (
          <form
            class="team-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run('start', async () => {
                await startTeam(input);
                return m.started;
              });
            }}
          >
            {FIELDS.map((f) => (
              <p key={f.id} class="team-field">
                <label for={`team-${f.id}`}>{m.fields[f.id]}</label>
                {hints[f.id] && (
                  <span class="small muted" id={`team-${f.id}-hint`}>
                    {hints[f.id]}
                  </span>
                )}
                <input
                  id={`team-${f.id}`}
                  // Preact types the attribute per role; both kinds are plain text inputs.
                  type={f.type as 'text'}
                  autocomplete={f.auto}
                  maxLength={200}
                  aria-describedby={hints[f.id] ? `team-${f.id}-hint` : undefined}
                  value={input[f.id]}
                  onInput={(e) => setInput({ ...input, [f.id]: e.currentTarget.value })}
                />
              </p>
            ))}
            <div class="row">
              <button
                type="button"
                class="button"
                disabled={!!busy}
                onClick={() => run('test', () => testTeamConnection(input))}
              >
                {busy === 'test' ? m.testing : m.test}
              </button>
              <button type="submit" class="button primary" disabled={!!busy}>
                {busy === 'start' ? m.starting : m.start}
              </button>
            </div>
            {busy && <p class="small muted">{m.deriving}</p>}
          </form>
        )}
        {result && (
          <p
            class={result.ok ? 'save-status' : 'notice error'}
            role={result.ok ? 'status' : 'alert'}
          >
            {result.text}
          </p>
        )}
      </section>
    </>
  );
}
