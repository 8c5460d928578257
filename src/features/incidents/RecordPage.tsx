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
import { formatJst } from '../../lib/jst';
import { useOpenIncident } from './useOpenIncident';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import '../../ui/records.css';

/** 「インシデント対応時に整理しておくべき事項」 and the 5W1H of one incident, autosaved. */
export default function RecordPage(props: Record<string, unknown>) {
  const id = String(props.id);
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
      {contentError && (
        <p class="notice error">
          項目の説明を読み込めませんでした。通信できる場所で一度開き直してください。
        </p>
      )}
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
                    <a href={`/incidents/${id}`}>変更</a>
                  </ShownField>
                );
              }
              if (item.id === 'progress') {
                return (
                  <ShownField key={item.id} label={item.label} help={item.help}>
                    <a href={`/incidents/${id}/timeline`}>対応経過を見る（{timelineTotal}件）</a>
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
          <h2>5W1Hで整理する</h2>
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
