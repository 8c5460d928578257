import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStore } from '../../app/store';
import { INCIDENT_TYPES } from '../../content/catalog';
import type { StorageError } from '../../storage';
import { TextField } from '../../ui/TextField';
import { TypePicker } from './TypePicker';
import { fromLocalInput, isFuture, toLocalInput } from '../../lib/jst';
import { ui } from '../../i18n/ja/ui';
import { useLogTexts } from './useLogTexts';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';
import '../../ui/records.css';

const known = (ids: string | undefined, all: string[]) =>
  (ids ?? '').split(',').filter((x) => all.includes(x));

/** 対応を開始: pick the type(s), a title, 発覚日時; creates the incident (status 対応中). */
export default function NewIncidentPage() {
  const m = useMessages(incidents);
  const u = useMessages(ui);
  const log = useLogTexts();
  const { query, route } = useLocation();
  const init = useStore((s) => s.initIncidents);
  const responderName = useStore((s) => s.responderName);
  const start = useStore((s) => s.startIncident);
  const saveName = useStore((s) => s.saveResponderName);
  useEffect(() => init(), [init]);

  const [types, setTypes] = useState(() =>
    known(
      query.type,
      INCIDENT_TYPES.map((t) => t.id),
    ),
  );
  const [causes, setCauses] = useState(() =>
    known(
      query.cause,
      INCIDENT_TYPES.flatMap((t) => (t.causes ?? []).map((c) => c.id)),
    ),
  );
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  const [discovered, setDiscovered] = useState(() => toLocalInput(new Date().toISOString()));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const suggested = log.title(types, causes, new Date());
  const shownTitle = titleEdited ? title : suggested;

  const submit = async (e: Event) => {
    e.preventDefault();
    const discoveredAt = fromLocalInput(discovered);
    if (!discoveredAt) {
      setError(m.discoveredMissing);
      return;
    }
    if (isFuture(discoveredAt)) {
      setError(u.futureTime);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (responderName === '' && name.trim()) await saveName(name);
      const incident = await start({
        title: shownTitle.trim() || suggested,
        types,
        causes,
        discoveredAt,
        log: log.started(types, causes),
      });
      route(`/incidents/${incident.id}`);
    } catch (err) {
      // Keep everything typed on screen; say what happened.
      setError((err as StorageError).message);
      setBusy(false);
    }
  };

  return (
    // noValidate: WebKit stops an empty or half-typed date with its own bubble; the form says
    // what is missing itself, in the language on screen.
    <form class="incident-new" noValidate onSubmit={submit}>
      <h1>{m.start}</h1>
      <p class="muted">{m.newIntro}</p>
      <TypePicker
        types={types}
        causes={causes}
        onChange={(t, c) => {
          setTypes(t);
          setCauses(c);
        }}
      />
      <TextField
        id="incident-title"
        label={m.titleLabel}
        limit="title"
        value={shownTitle}
        onValue={(v) => {
          setTitleEdited(true);
          setTitle(v);
        }}
      />
      <TextField
        id="incident-discovered"
        label={m.discoveredLabel}
        type="datetime-local"
        value={discovered}
        onValue={setDiscovered}
      />
      {responderName === '' && (
        <TextField
          id="incident-responder"
          label={m.responderLabel}
          autocomplete="name"
          limit="name"
          value={name}
          onValue={setName}
        />
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <button class="button primary block" type="submit" disabled={busy}>
        {busy ? m.saving : m.submit}
      </button>
    </form>
  );
}
