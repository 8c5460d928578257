import { describe, expect, it } from 'vitest';
import { BASIC_STEPS, INCIDENT_TYPES } from '../../content/catalog';
import { ROLE_INFO, ROLES_IN_ORDER } from '../../lib/contact-roles';
import { prep } from '../../i18n/ja/prep';
import { prepCard } from '../../i18n/ja/prep-card';
import { prepCheck } from '../../i18n/ja/prep-check';
import { READINESS_ITEMS } from './checks';
import { PUBLIC_NUMBERS } from './public-numbers';

describe('the 備え catalogues name what the data names', () => {
  it('role names and hints are the call list’s (src/lib/contact-roles.ts), every role once', () => {
    expect(Object.keys(prep.ja.roles)).toEqual(ROLES_IN_ORDER);
    expect(Object.keys(prep.ja.tellHints)).toEqual(ROLES_IN_ORDER);
    for (const role of ROLES_IN_ORDER) {
      expect(prep.ja.roles[role]).toBe(ROLE_INFO[role].label);
      expect(prep.ja.tellHints[role]).toBe(ROLE_INFO[role].tellHint);
    }
  });

  it('the card’s incident types are the catalog’s short titles, and every public body is named', () => {
    for (const t of INCIDENT_TYPES)
      expect((prepCard.ja.types as Record<string, string>)[t.id]).toBe(t.shortTitle);
    expect(Object.keys(prepCard.ja.types)).toContain(BASIC_STEPS.id);
    for (const n of PUBLIC_NUMBERS) {
      expect(prepCard.ja.publicNames[n.id]).toBeTruthy();
      expect(prepCard.ja.publicUses[n.id]).toBeTruthy();
      // A source in words is the catalogue's (each language words it); an address is shown as is.
      const worded = (prepCard.ja.sources as Partial<Record<string, string>>)[n.id];
      expect(worded ?? n.source).toBe(n.source);
      if (!/^https:\/\//.test(n.source)) expect(worded).toBe(n.source);
    }
  });

  it('every point of 備えの点検 has its text and guide link, and no other is named', () => {
    const ids = READINESS_ITEMS.map((i) => i.id);
    expect(Object.keys(prepCheck.ja.items)).toEqual(ids);
    expect(Object.keys(prepCheck.ja.guides)).toEqual(ids);
  });
});
