import type { Messages } from '../namespace';
import type { incidentsLog } from '../ja/incidents-log';

const easy: Messages<typeof incidentsLog> = {
  title: (types, month, day) => `${types} ${month}/${day}`,
  started: (types) => `対応を始めた（${types}）`,
  status: { open: '対応している', recovered: '元にもどった', closed: '終わった' },
  statusChanged: (status) => `状態を「${status}」にした`,
  discoveredChanged: (when) => `気づいた日と時間を ${when} にした`,
  typesChanged: (types) => `起きたことを「${types}」にした`,
  item: { done: 'できた', 'not-applicable': 'しなくてよい', open: '「まだ」にもどした' },
  itemChanged: (state, item) => `${state}: ${item}`,
  overwritten: (label, text) => `「${label}」の前の内容（別のタブで保存したもの）：${text}`,
};

export default easy;
