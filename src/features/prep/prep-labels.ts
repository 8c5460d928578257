// The fields of 平時の備え's forms in order: shared by the forms and by the list of records
// another phone replaced, so both say the same thing (their words: the prep catalogue).
import type { PrepContact, SystemsProfile } from '../../storage';
import type { Messages } from '../../i18n/namespace';
import type { prep } from '../../i18n/ja/prep';

/** A field of 体制と連絡先 that holds typed text. */
export type ContactField = Exclude<keyof PrepContact, 'id' | 'kind' | 'role' | 'updatedAt'>;

/**
 * 体制と連絡先's fields in the form's order with their labels in `m`'s language (the
 * organisation and name are asked differently inside and outside).
 */
export function contactFields(m: Messages<typeof prep>, inside: boolean): [ContactField, string][] {
  const c = m.contact;
  return [
    ['org', inside ? c.orgInside : c.orgOutside],
    ['name', inside ? c.nameInside : c.nameOutside],
    ['phone', c.phone],
    ['email', c.email],
    ['policyNumber', c.policyNumber],
    ['deputyName', c.deputyName],
    ['deputyPhone', c.deputyPhone],
    ['tell', c.tell],
  ];
}

/** How a field of システムと情報 is asked. */
type Kind = 'text' | 'date' | 'long' | 'yes-no';
/** システムと情報's fields in order and how each is asked (their words: prep.systems). */
export const SYSTEMS_FIELDS: {
  key: Exclude<keyof SystemsProfile, 'id' | 'kind' | 'updatedAt'>;
  kind: Kind;
}[] = [
  { key: 'systems', kind: 'long' },
  { key: 'personalData', kind: 'long' },
  { key: 'personalCount', kind: 'text' },
  { key: 'cardData', kind: 'yes-no' },
  { key: 'myNumber', kind: 'yes-no' },
  { key: 'backups', kind: 'long' },
  { key: 'lastRestoreTest', kind: 'date' },
  { key: 'offlineCopy', kind: 'yes-no' },
  { key: 'networkCut', kind: 'long' },
  { key: 'networkCutWho', kind: 'text' },
];
