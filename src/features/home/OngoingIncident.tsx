import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { IncidentCursor, IncidentSummary } from '../../storage';
import { countOpenIncidents, openIncidentsPage } from './open-incidents';
import { FOLD_FIRST, FOLD_STEP, FoldedList } from '../../ui/FoldedList';
import { useMessages } from '../../i18n/active';
import type { MessagesOf } from '../../i18n/namespace';
import { home } from '../../i18n/ja/home';
import { elapsed } from './elapsed';
import { INCIDENT_TYPES } from '../../content/catalog';

/** The open incidents read so far (a page at a time), how many there are, where to go on. */
interface Loaded {
  items: IncidentSummary[];
  total: number;
  next: IncidentCursor | null;
}

type HomeMessages = MessagesOf<(typeof home)['ja']>;

/** 「ランサムウェア・発覚から 3時間」 in the language on screen. */
function line(m: HomeMessages, incident: IncidentSummary): string {
  const named = (id: string, names: Readonly<Record<string, string>>) => names[id] ?? id;
  const types = incident.types.length
    ? incident.types
        .map((id) => {
          const own = INCIDENT_TYPES.find((t) => t.id === id)?.causes ?? [];
          const causes = own.filter((c) => incident.causes.includes(c.id));
          const type = named(id, m.types);
          return causes.length
            ? m.typeWithCauses(
                type,
                causes.map((c) => named(c.id, m.causes)).join(m.causeSeparator),
              )
            : type;
        })
        .join(m.typeSeparator)
    : m.unsure;
  const e = elapsed(incident.discoveredAt);
  return m.discoveredAgo(types, e.unit === 'lessThanMinute' ? m.lessThanMinute : m[e.unit](e.n));
}

/**
 * Back on the home screen mid-incident: the reporting deadlines that are near, then the open
 * incidents, newest activity first: the latest one tap from its checklist, a few more, and
 * 「ほか N 件」 for the rest (read page by page). Nothing on a first visit.
 */
export function OngoingIncident() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const m = useMessages(home);
  const [DueSoon, setDueSoon] = useState<ComponentType | null>(null);
  const latest = loaded?.items[0] ?? null;
  useEffect(() => {
    // The deadline check (rules and engine) loads only when there is an incident to check.
    if (latest) void import('../reporting/DueSoon').then((m) => setDueSoon(() => m.default));
  }, [latest]);
  useEffect(() => {
    let live = true;
    Promise.all([openIncidentsPage(FOLD_FIRST + 1), countOpenIncidents()]).then(
      ([page, total]) => live && setLoaded({ items: page.items, total, next: page.next }),
      () => {}, // No database (private mode): the buttons below still work.
    );
    return () => {
      live = false;
    };
  }, []);
  if (!loaded || !latest) return null;
  const more = () => {
    if (!loaded.next) return;
    void openIncidentsPage(FOLD_STEP, loaded.next).then(
      (page) =>
        setLoaded((l) => l && { ...l, items: [...l.items, ...page.items], next: page.next }),
      () => {},
    );
  };
  return (
    <>
      {/* Overdue and due-soon reports come first when the app is opened. */}
      {DueSoon && <DueSoon />}
      <section class="card ongoing" aria-labelledby="ongoing-title">
        <h2 id="ongoing-title">{m.ongoingTitle}</h2>
        <p>
          <strong>
            <bdi>{latest.title}</bdi>
          </strong>
          <br />
          <span class="muted">{line(m, latest)}</span>
        </p>
        <a class="button primary block" href={`/incidents/${latest.id}`}>
          {m.continue}
        </a>
        <FoldedList
          items={loaded.items.slice(1)}
          total={Math.max(loaded.total - 1, loaded.items.length - 1)}
          onMore={more}
          what={m.ongoingTitle}
          class="ongoing-more"
        >
          {(incident) => (
            <li key={incident.id}>
              <a href={`/incidents/${incident.id}`}>{incident.title}</a>{' '}
              <span class="muted small">{line(m, incident)}</span>
            </li>
          )}
        </FoldedList>
      </section>
    </>
  );
}
