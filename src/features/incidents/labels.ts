import type { IncidentStatus } from '../../storage';
import { INCIDENT_TYPES } from '../../content/catalog';

/** 対応中 / 復旧済み / 完了 in Japanese (the incidents catalogue has them in every language). */
export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: '対応中',
  recovered: '復旧済み',
  closed: '完了',
};

/** The words a types label is made of (home's catalogue has them in every language). */
export interface TypeWords {
  types: Readonly<Record<string, string>>;
  causes: Readonly<Record<string, string>>;
  unknown: string;
  typeSeparator: string;
  causeSeparator: string;
  typeWithCauses: (type: string, causes: string) => string;
}

/** The Japanese words: the catalog's short titles (the records' and reports' language). */
const JAPANESE_TYPE_WORDS: TypeWords = {
  types: Object.fromEntries(INCIDENT_TYPES.map((t) => [t.id, t.shortTitle])),
  causes: Object.fromEntries(
    INCIDENT_TYPES.flatMap((t) => (t.causes ?? []).map((c) => [c.id, c.title])),
  ),
  unknown: 'まだわからない',
  typeSeparator: '、',
  causeSeparator: '・',
  typeWithCauses: (type, causes) => `${type}（${causes}）`,
};

/** 「ランサムウェア、情報漏えい（メール誤送信・Web誤公開）」, or 「まだわからない」. */
export function typesLabel(
  types: readonly string[],
  causes: readonly string[] = [],
  words: TypeWords = JAPANESE_TYPE_WORDS,
): string {
  if (!types.length) return words.unknown;
  return types
    .map((id) => {
      const t = INCIDENT_TYPES.find((x) => x.id === id);
      if (!t) return id;
      const name = words.types[id] ?? t.shortTitle;
      const cs = (t.causes ?? [])
        .filter((c) => causes.includes(c.id))
        .map((c) => words.causes[c.id] ?? c.title);
      return cs.length ? words.typeWithCauses(name, cs.join(words.causeSeparator)) : name;
    })
    .join(words.typeSeparator);
}
