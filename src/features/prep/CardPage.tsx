import { useEffect, useState } from 'preact/hooks';
import { LoadingOr } from './LoadingOr';
import { PrepNav } from './PrepNav';
import { QrCode } from './QrCode';
import { callList, loadFirstActions, type FirstAction } from './card-data';
import { PUBLIC_NUMBERS } from './public-numbers';
import { usePrep } from './usePrep';
import '../../ui/records.css';
import './prep.css';
import './card.css';

/** 緊急カード: first actions, the company's call list, public numbers and a QR to the app. */
export default function CardPage() {
  const { prep, error } = usePrep();
  const [size, setSize] = useState<'a4' | 'card'>('a4');
  const [actions, setActions] = useState<FirstAction[] | null>(null);
  const [actionsFailed, setActionsFailed] = useState(false);
  useEffect(() => {
    loadFirstActions().then(setActions, () => setActionsFailed(true));
  }, []);
  const appUrl = `${location.origin}/`;

  return (
    <>
      <div class="no-print">
        <p class="muted small">平時の備え</p>
        <h1>緊急カード</h1>
        <PrepNav current="/prep/card" />
        <p>
          印刷して壁や机に貼っておくと、スマートフォンが使えないときにも最初の行動と連絡先がわかります。白黒で印刷できます。
        </p>
        <fieldset class="card-size-picker">
          <legend>大きさ</legend>
          {(
            [
              ['a4', 'A4（壁に貼る）'],
              ['card', 'カードサイズ（財布に入れる）'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="prep-choice">
              <input
                type="radio"
                name="card-size"
                value={value}
                checked={size === value}
                onChange={() => setSize(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <button class="button primary" type="button" onClick={() => window.print()}>
          印刷する
        </button>
      </div>
      <LoadingOr prep={prep} error={error}>
        {(p) => {
          const calls = callList(p);
          return (
            <article
              class={`emergency-card size-${size}`}
              aria-label="緊急カード（印刷される内容）"
            >
              <h2>緊急カード{p.company?.name ? `：${p.company.name}` : ''}</h2>
              <section aria-labelledby="card-first">
                <h3 id="card-first">まずやること</h3>
                {actionsFailed && (
                  <p>最初の行動を読み込めませんでした。通信できる場所で開き直してください。</p>
                )}
                <ul class="card-actions">
                  {actions?.map((a) => (
                    <li key={a.id}>
                      <strong>{a.type}</strong>：{a.text}
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="card-calls">
                <h3 id="card-calls">連絡する人</h3>
                {calls.length ? (
                  <table class="card-calls">
                    <tbody>
                      {calls.map((c) => (
                        <tr key={c.role}>
                          <th scope="row">{c.role}</th>
                          <td>
                            {c.who}
                            {c.extra && <span class="card-extra">（{c.extra}）</span>}
                          </td>
                          <td class="card-phone">
                            {c.phone}
                            {c.deputy && <span class="card-extra">代わり: {c.deputy}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>
                    まだ電話番号が登録されていません。<a href="/prep/contacts">体制と連絡先</a>
                    で登録すると、ここに載ります。
                  </p>
                )}
              </section>
              <section aria-labelledby="card-public">
                <h3 id="card-public">公的な相談窓口</h3>
                <ul class="card-public">
                  {PUBLIC_NUMBERS.map((n) => (
                    <li key={n.id}>
                      <strong>{n.name}</strong> <span class="card-phone">{n.phone ?? n.email}</span>
                      <span class="card-extra">
                        {n.use}（出典: {n.source}、{n.asOf} 時点）
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <section class="card-qr" aria-labelledby="card-app">
                <h3 id="card-app">このアプリ</h3>
                <QrCode text={appUrl} label={`このアプリを開くQRコード（${appUrl}）`} />
                <p class="card-extra">{appUrl}</p>
              </section>
            </article>
          );
        }}
      </LoadingOr>
    </>
  );
}
