// Tests only: every kind of user text written with control and bidi characters in it, through
// the three ways text enters this phone (typed, restored, synced), and what a check collects.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { useStore } from './store';
import { BIDI_CONTROLS } from '../lib/unsafe-text';
import {
  appendTimeline,
  createIncident,
  putField,
  putPrep,
  setProgress,
  type PrepInput,
} from '../storage';
import { addEvidence } from '../storage/evidence';
import { saveDestinationStatus } from '../storage/reporting-repo';
import { SYSTEMS_FIELDS } from '../features/prep/prep-labels';
import { BLANK_SYSTEMS } from '../features/prep/SystemsForm';
import { contactInput } from '../storage/test-prep-data';
import { incidentsEvidence } from '../i18n/ja/incidents-evidence';
import { reporting } from '../i18n/ja/reporting';

/** Record items written in every test (the record page shows each in its own textarea). */
export const FIELD_IDS = ['organization', 'event', 'cause', '5w1h-what'] as const;

/**
 * Hands out values: a tag (Q01, Q02, …, found on screen once the controls are gone or marked),
 * then every control character, each followed by a letter, starting at a different control
 * for each value. `tags` lists what was handed out.
 */
export function hostileValues() {
  const tags: string[] = [];
  const value = () => {
    const n = tags.length;
    const tag = `Q${String(n + 1).padStart(2, '0')}`;
    tags.push(tag);
    const rotated = [...BIDI_CONTROLS.slice(n % 12), ...BIDI_CONTROLS.slice(0, n % 12)];
    return `${tag}${rotated.map((c) => `${c}z`).join('')}`;
  };
  return { value, tags };
}

type Values = ReturnType<typeof hostileValues>;

/** The 速報 to the 個人情報保護委員会 marked done (a memo is added to it). */
const PPC_REPORTED = {
  destinationId: 'ppc',
  deadlineId: 'prompt',
  label: '個人情報保護委員会',
  deadlineLabel: '速報',
  status: 'done',
  doneAt: '2026-11-25',
} as const;

/**
 * Writes every kind of text straight through storage, as an older version of the app (or
 * another phone) may have stored it: nothing stripped. Returns the incident's id.
 */
export async function storeUnstripped({ value }: Values): Promise<string> {
  const by = value();
  const { incident } = await createIncident({
    title: value(),
    types: ['ransomware'],
    causes: [],
    by,
    log: '対応を開始',
  });
  const incidentId = incident.id;
  for (const fieldId of FIELD_IDS) await putField({ incidentId, fieldId, value: value(), by });
  await setProgress(
    { incidentId, itemId: 'basic-report-to-security-officer', state: 'done', by, note: value() },
    { text: '完了: 情報セキュリティ責任者に報告' },
  );
  await appendTimeline({ incidentId, text: value(), by });
  await saveDestinationStatus({
    words: reporting.ja,
    incidentId,
    ...PPC_REPORTED,
    memo: value(),
    by,
  });
  await addEvidence({
    words: incidentsEvidence.ja,
    incidentId,
    file: new Blob(['the ransom note'], { type: 'image/png' }),
    name: `${value()}.png`,
    by,
    note: value(),
  });
  for (const record of prepRecords(value)) await putPrep(record);
  return incidentId;
}

/** 備え with text in every text field: the company, two contacts, the systems. */
function prepRecords(value: () => string): PrepInput[] {
  const systems: Record<string, string> = { ...BLANK_SYSTEMS };
  for (const f of SYSTEMS_FIELDS)
    if (f.kind === 'text' || f.kind === 'long') systems[f.key] = value();
  return [
    {
      id: 'company',
      kind: 'company',
      name: value(),
      address: value(),
      industry: value(),
      employees: value(),
    },
    {
      ...contactInput('staff', '03-1234-5678', value()),
      org: value(),
      deputyName: value(),
      tell: value(),
    },
    { ...contactInput('insurance', '0120-000-000', value()), policyNumber: value() },
    systems as unknown as PrepInput,
  ];
}

const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });

/** Fills every field of a 備え form (all but phone and e-mail) and saves it. */
export async function fillPrepForm(form: HTMLElement, value: () => string) {
  for (const field of within(form).getAllByRole('textbox')) {
    const kind = (field as HTMLInputElement).type;
    if (kind === 'tel' || kind === 'email') continue;
    type(field, value());
  }
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await within(form).findByText('✓ 保存済み');
}

/** The new-incident form (with the responder's name, asked on the first incident). */
export async function typeNewIncident(value: () => string) {
  type(screen.getByLabelText('件名'), value());
  type(screen.getByLabelText('あなたのお名前（記録の「誰が」に使います）'), value());
  fireEvent.click(screen.getByRole('button', { name: '対応を開始する' }));
}

/** Every textarea of the record page (once its items are shown), each saved on blur. */
export async function typeRecordFields(value: () => string) {
  const fields = await waitFor(() => {
    const all = document.querySelectorAll<HTMLTextAreaElement>('.record-field textarea');
    if (all.length < FIELD_IDS.length) throw new Error('the record items are not shown yet');
    return all;
  });
  for (const field of fields) {
    type(field, value());
    fireEvent.blur(field);
  }
  await waitFor(() => {
    if (screen.queryAllByText('✓ 保存済み').length < fields.length) throw new Error('saving');
  });
}

/** A free timeline entry. */
export async function typeTimelineEntry(value: () => string) {
  const text = value();
  type(await screen.findByLabelText('できごとを記録'), text);
  fireEvent.click(screen.getByRole('button', { name: '記録する' }));
  // Listed once committed (the tag is the text's first three characters).
  await waitFor(() => expect(document.body.textContent).toContain(text.slice(0, 3)));
}

/** The first checklist item done, with a note. */
export async function typeChecklistNote(value: () => string) {
  const row = await waitFor(() => {
    const first = document.querySelector<HTMLElement>('li.check-item');
    if (!first) throw new Error('the checklist is not shown yet');
    return first;
  });
  fireEvent.click(within(row).getByRole('button', { name: '完了' }));
  await within(row).findByText(/保存済み/);
  type(within(row).getByLabelText('メモ'), value());
  fireEvent.click(within(row).getByRole('button', { name: '保存' }));
  await within(row).findByText(/^メモ:/);
}

/** A file kept as evidence: its name and its note typed. */
export async function typeEvidence(value: () => string) {
  type(screen.getByLabelText('メモ（任意・次に保存するファイルに付きます）'), value());
  const file = new File(['the ransom note'], `${value()}.png`, { type: 'image/png' });
  await userEvent.upload(screen.getByLabelText('ファイルを選んで保存'), file);
  await screen.findByRole('heading', { name: /証拠一覧（1件/ });
}

/** A reporting memo, through the store action the reporting page calls. */
export async function typeReportingMemo(incidentId: string, value: () => string) {
  await useStore.getState().saveDestinationStatus(incidentId, { ...PPC_REPORTED, memo: value() });
}
