import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DrillBanner } from '../drills/DrillBanner';
import { loadPlaybook } from '../../content/load';
import type { RecordItems } from '../../content/schema';
import { IncidentNav } from './IncidentNav';
import { Loading } from './IncidentPage';
import { RecordField } from './RecordField';
import { ResponderNamePrompt } from './ResponderName';
import { StorageProblem } from './StorageProblem';
import { typesLabel } from './labels';
import { useFormatJst } from '../../ui/useFormatJst';
import { useOpenIncident } from './useOpenIncident';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { incidentsRecords } from '../../i18n/ja/incidents-records';
import '../../ui/records.css';

/** 「インシデント対応時に整理しておくべき事項」 and the 5W1H of one incident, autosaved. */
export default function RecordPage(props: Record<string, unknown>) {
  const formatJst = useFormatJst();
  const id = String(props.id);
  const m = useMessages(incidentsRecords);
  const { open, error } = useOpenIncident(id);
  const [items, setItems] = useState<RecordItems | null>(null);
  const [contentError, setContentError] = useState(false);
  useEffect(() => {
    loadPlaybook<RecordItems>('record-items').then(setItems, () => setContentError(true));
  }, []);
  if (!open) return <Loading error={error} />;
  const { incident, fields, timelineTotal } = open;
  return (
    <>
      <StorageProblem />
      <DrillBanner id={id} />
      <h1>
        <bdi>{incident.title}</bdi>
      </h1>
      <IncidentNav id={id} current="/record" />
      <ResponderNamePrompt />
      {contentError && <p class="notice error">{m.itemsFailed}</p>}
      {items && (
        <>
          <h2>
            <Rendered text={items.title} />
          </h2>
          <OriginalScope>
            {items.intro && (
              <p class="muted">
                <Rendered text={items.intro} />
              </p>
            )}
            {items.items.map((item) => {
              if (item.id === 'classification' || item.id === 'discovered-at') {
                return (
                  <ShownField key={item.id} label={item.label} help={item.help}>
                    {item.id === 'classification'
                      ? typesLabel(incident.types, incident.causes)
                      : formatJst(incident.discoveredAt)}{' '}
                    <a href={`/incidents/${id}`}>{m.change}</a>
                  </ShownField>
                );
              }
              if (item.id === 'progress') {
                return (
                  <ShownField key={item.id} label={item.label} help={item.help}>
                    <a href={`/incidents/${id}/timeline`}>{m.timelineLink(timelineTotal)}</a>
                  </ShownField>
                );
              }
              return (
                <RecordField
                  key={`${id}-${item.id}`}
                  incidentId={id}
                  fieldId={item.id}
                  label={item.label}
                  help={item.help}
                  stored={fields[item.id]}
                />
              );
            })}
          </OriginalScope>
          <h2>{m.fiveW1H}</h2>
          <OriginalScope>
            {items.fiveW1H.map((f) => (
              <RecordField
                key={`${id}-${f.id}`}
                incidentId={id}
                fieldId={f.id}
                label={f.label}
                help={f.help}
                stored={fields[f.id]}
              />
            ))}
          </OriginalScope>
        </>
      )}
    </>
  );
}

/** A record item kept elsewhere (type, discovery time, timeline): its label, help and value. */
function ShownField({
  label,
  help,
  children,
}: {
  label: string;
  help: string;
  children: ComponentChildren;
}) {
  return (
    <div class="record-field">
      <p class="label">
        <Rendered text={label} />
      </p>
      <p class="muted small">
        <Rendered text={help} />
      </p>
      <p>{children}</p>
    </div>
  );
}
