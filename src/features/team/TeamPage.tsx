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
import '../../ui/records.css';
import './team.css';

type Field = keyof TeamInput;

const FIELDS: {
  id: Field;
  label: string;
  type: 'text' | 'password';
  auto: string;
  hint?: string;
}[] = [
  { id: 'db', label: 'チームのデータベース', type: 'text', auto: 'off', hint: '例: team-somu' },
  { id: 'user', label: 'ユーザー名', type: 'text', auto: 'username' },
  { id: 'password', label: 'パスワード', type: 'password', auto: 'current-password' },
  {
    id: 'passphrase',
    label: 'チームの合言葉',
    type: 'password',
    auto: 'off',
    hint: 'チーム全員で同じものを使います。記録はこの合言葉から作った鍵で暗号化されます。',
  },
  {
    id: 'deviceName',
    label: 'この端末の名前',
    type: 'text',
    auto: 'off',
    hint: '対応経過で「誰の端末から」がわかるように、他の人に見えます。',
  },
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
      <h1>チーム</h1>
      <section class="card" aria-labelledby="team-what">
        <h2 id="team-what">チームで1つの記録を使う</h2>
        <p>
          複数の人がそれぞれの端末で、同じインシデントの記録を見て書き込めます。ネットワークがないときも各端末で使え、つながったときに送り合います。
        </p>
        <p class="notice warn">
          オンにすると、この端末の対応記録（チェック、記録項目、報告・届出の回答と状況、対応経過、件名と状況、証拠の写真・ファイル、平時の備え）が
          <strong>暗号化されて</strong>
          チームのサーバーに送られます。暗号化はこの端末の中で、チームの合言葉から作った鍵で行うため、サーバーには読めない暗号文と意味のない識別子だけが保存されます。送った時刻とデータの大きさはサーバーから見えます。5
          MB を超える証拠のファイルは送らず、その記録（ファイル名・日時・SHA-256）だけを送ります。
        </p>
        <p class="small muted">
          サーバー:
          このアプリを配信しているサーバー（管理している人が用意したもの）。合言葉はこの端末に保存せず、作った鍵とパスワードをこの端末の中に保存します。
        </p>
      </section>

      <section class="card" aria-labelledby="team-setup">
        <h2 id="team-setup">
          {team === null
            ? 'チームでの共有'
            : team.enabled
              ? 'チームでの共有: オン'
              : 'チームでの共有: オフ'}
        </h2>
        <TeamStatusLine />
        {team === null ? (
          <p class="muted">読み込んでいます…</p>
        ) : team.enabled ? (
          <>
            <p>
              データベース「<bdi>{team.db}</bdi>」に、ユーザー「<bdi>{team.user}</bdi>
              」として、「<bdi>{team.deviceName}</bdi>」の名前で参加しています。
            </p>
            <button
              type="button"
              class="button"
              disabled={!!busy}
              onClick={() =>
                run('stop', async () => {
                  await stopTeam();
                  return 'チームでの共有をやめました。この端末の記録はそのまま残ります。';
                })
              }
            >
              チームでの共有をやめる
            </button>
          </>
        ) : (
          <form
            class="team-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run('start', async () => {
                await startTeam(input);
                return '✓ チームでの共有を始めました。';
              });
            }}
          >
            {FIELDS.map((f) => (
              <p key={f.id} class="team-field">
                <label for={`team-${f.id}`}>{f.label}</label>
                {f.hint && (
                  <span class="small muted" id={`team-${f.id}-hint`}>
                    {f.hint}
                  </span>
                )}
                <input
                  id={`team-${f.id}`}
                  // Preact types the attribute per role; both kinds are plain text inputs.
                  type={f.type as 'text'}
                  autocomplete={f.auto}
                  maxLength={200}
                  aria-describedby={f.hint ? `team-${f.id}-hint` : undefined}
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
                {busy === 'test' ? '確かめています…' : '接続テスト'}
              </button>
              <button type="submit" class="button primary" disabled={!!busy}>
                {busy === 'start' ? '始めています…' : 'チームでの共有を始める'}
              </button>
            </div>
            {busy && (
              <p class="small muted">合言葉から鍵を作っています。数秒かかることがあります…</p>
            )}
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
