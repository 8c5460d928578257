import type { Messages } from '../namespace';
import type { incidentsLog } from '../ja/incidents-log';

const en: Messages<typeof incidentsLog> = {
  title: (types, month, day) => `${types} ${month}/${day}`,
  started: (types) => `Response started (${types})`,
  status: { open: 'In progress', recovered: 'Recovered', closed: 'Closed' },
  statusChanged: (status) => `Status changed to “${status}”`,
  discoveredChanged: (when) => `Time of discovery changed to ${when}`,
  typesChanged: (types) => `Type changed to “${types}”`,
  item: { done: 'Done', 'not-applicable': 'Not applicable', open: 'Marked as not done' },
  itemChanged: (state, item) => `${state}: ${item}`,
  overwritten: (label, text) =>
    `“${label}” before it was overwritten (saved in another tab): ${text}`,
};

export default en;
