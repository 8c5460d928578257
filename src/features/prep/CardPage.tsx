import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import { prepCard } from '../../i18n/ja/prep-card';
import { Rendered } from '../../ui/Rendered';
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
  const { prep: profile, error } = usePrep();
  const p = useMessages(prep);
  const m = useMessages(prepCard);
  const [size, setSize] = useState<'a4' | 'card'>('a4');
  const [actions, setActions] = useState<FirstAction[] | null>(null);
  const [actionsFailed, setActionsFailed] = useState(false);
  useEffect(() => {
    loadFirstActions().then(setActions, () => setActionsFailed(true));
  }, []);
  const appUrl = `${location.origin}/`;
  const types = m.types as Record<string, string>;
  // A source that is text (not an address) is worded by the catalogue.
  const sources = m.sources as Partial<Record<string, string>>;

  return (
    <>
      <div class="no-print">
        <p class="muted small">{p.title}</p>
        <h1>{m.title}</h1>
        <PrepNav current="/prep/card" />
        <p>{m.intro}</p>
        <fieldset class="card-size-picker">
          <legend>{m.size}</legend>
          {(['a4', 'card'] as const).map((value) => (
            <label key={value} class="prep-choice">
              <input
                type="radio"
                name="card-size"
                value={value}
                checked={size === value}
                onChange={() => setSize(value)}
              />
              {m.sizes[value]}
            </label>
          ))}
        </fieldset>
        <button class="button primary" type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <LoadingOr prep={profile} error={error}>
        {(company) => {
          const calls = callList(company);
          return (
            <article class={`emergency-card size-${size}`} aria-label={m.printed}>
              <h2>{m.heading(company.company?.name ?? '')}</h2>
              <section aria-labelledby="card-first">
                <h3 id="card-first">{m.firstTitle}</h3>
                {actionsFailed && <p>{m.actionsFailed}</p>}
                <ul class="card-actions">
                  {actions?.map((a) => (
                    <li key={a.id}>
                      <strong>{types[a.id] ?? a.id}</strong>
                      {m.actionSeparator}
                      <Rendered text={a.text} />
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="card-calls">
                <h3 id="card-calls">{m.callsTitle}</h3>
                {calls.length ? (
                  <table class="card-calls">
                    <tbody>
                      {calls.map((c) => (
                        <tr key={c.role}>
                          <th scope="row">{p.roles[c.role]}</th>
                          <td>
                            {c.who}
                            {c.policyNumber && (
                              <span class="card-extra">{m.policy(c.policyNumber)}</span>
                            )}
                          </td>
                          <td class="card-phone">
                            {c.phone}
                            {c.deputyPhone && (
                              <span class="card-extra">
                                {m.deputy(c.deputyName || m.deputyNobody, c.deputyPhone)}
                              </span>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>
                    {m.noCalls}
                    <a href="/prep/contacts">{p.parts.contacts}</a>
                    {m.noCallsAfter}
                  </p>
                )}
              </section>
              <section aria-labelledby="card-public">
                <h3 id="card-public">{m.publicTitle}</h3>
                <ul class="card-public">
                  {PUBLIC_NUMBERS.map((n) => (
                    <li key={n.id}>
                      <strong>{m.publicNames[n.id]}</strong>{' '}
                      <span class="card-phone">{n.phone ?? n.email}</span>
                      <span class="card-extra">
                        {m.publicUses[n.id]}
                        {m.source(sources[n.id] ?? n.source, n.asOf)}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <section class="card-qr" aria-labelledby="card-app">
                <h3 id="card-app">{m.appTitle}</h3>
                <QrCode text={appUrl} label={m.qrLabel(appUrl)} />
                <p class="card-extra">{appUrl}</p>
              </section>
            </article>
          );
        }}
      </LoadingOr>
    </>
  );
}
