import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../i18n/active';
import { japaneseLeft } from '../guide/test-utils';
import { listPrep, putPrep } from '../../storage';
import CardPage from './CardPage';
import PrepPage from './PrepPage';
import { contactInput } from '../../storage/test-prep-data';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();
beforeEach(() => setLanguage('en'));
afterEach(() => setLanguage('ja'));

describe('平時の備え in English', () => {
  it('the overview names every part and the score in English', async () => {
    render(<PrepPage />);
    await screen.findByRole('heading', { level: 1, name: 'Be prepared' });
    await screen.findByText(/^Readiness check: 0 of \d+ points are in place\.$/);
    for (const name of [
      'Company details',
      'Team and contacts',
      'Systems and data',
      'Readiness check',
      'Emergency card (print)',
    ])
      expect(screen.getByRole('link', { name })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Run a drill' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('体制と連絡先: role names, field labels and 保存 in English; saves what is typed', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', 'In the company');
    expect(screen.getByRole('heading', { level: 1, name: 'Team and contacts' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Outside the company' })).toBeTruthy();
    const exec = screen.getByRole('form', { name: 'Contact: Executive' });
    expect(
      screen.getByRole('form', { name: 'Contact: Information security officer' }),
    ).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Contact: IT maintenance vendor' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
    await user.type(within(exec).getByLabelText('Name'), 'Taro Yamada');
    await user.type(within(exec).getByLabelText('Phone number'), '090-1234-5678');
    await user.click(within(exec).getByRole('button', { name: 'Save' }));
    await within(exec).findByText('✓ Saved');
    await waitFor(async () =>
      expect(await listPrep()).toMatchObject([
        { id: 'contact:executive', name: 'Taro Yamada', phone: '090-1234-5678' },
      ]),
    );
    expect(await screen.findByText(/What to tell them:/)).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('refuses a bad number in English and keeps the text', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', 'Outside the company');
    const vendor = screen.getByRole('form', { name: 'Contact: IT maintenance vendor' });
    await user.type(within(vendor).getByLabelText('Phone number'), '03-abc');
    await user.click(within(vendor).getByRole('button', { name: 'Save' }));
    await within(vendor).findByText(/Please check what you entered/);
    expect(within(vendor).getByText(/digits and hyphens/)).toBeTruthy();
    expect(await listPrep()).toEqual([]);
  });

  it('会社の情報 and システムと情報 label their fields in English', async () => {
    await renderPart('company', 'Company details');
    expect(screen.getByLabelText('Business name')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('備えの点検 asks and scores in English', async () => {
    await renderPart('check', 'Readiness check');
    expect(screen.getByText(/are in place\./).textContent).toMatch(
      /^Of \d+ points, 0 are in place\.$/,
    );
    const policy = screen.getByRole('group', { name: /response policy/ });
    expect(within(policy).getByRole('radio', { name: 'In place' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Still to do' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Record the check' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('the emergency card: first actions, who to call and public desks in English', async () => {
    await putPrep({ ...contactInput('insurance', '0120-000-000', 'Desk'), policyNumber: 'P-1' });
    render(<CardPage />);
    const card = await screen.findByRole('article', { name: 'Emergency card (what is printed)' });
    expect(within(card).getByRole('heading', { name: 'Who to call' })).toBeTruthy();
    const row = within(card).getByRole('row', { name: /Cyber insurance/ });
    expect(row.textContent).toContain('(policy no. P-1)');
    expect(within(card).getByText(/Police consultation line/)).toBeTruthy();
    // The first actions come from the playbooks' renderings.
    expect(
      (await within(card).findAllByText(/disconnect it from the network/)).length,
    ).toBeGreaterThan(0);
    expect(within(card).getByText('Ransomware')).toBeTruthy();
    // Each desk's source in English; the guide's Japanese title stays beside it.
    const ipa = within(card).getByText(/^Advice when an incident happens \(by e-mail\)/);
    expect(ipa.textContent).toContain(
      '(Source: IPA, 「中小企業のためのセキュリティインシデント対応の手引き」, the part “Where to ask for help',
    );
    expect(ipa.textContent).toMatch(/; as of 2026-12-01\)$/);
    expect(within(card).queryByText(/出典/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});

describe('緊急カード in やさしい日本語', () => {
  it('says where each desk comes from in plain words', async () => {
    await setLanguage('ja-easy');
    render(<CardPage />);
    const card = await screen.findByRole('article');
    const ipa = await within(card).findByText(/^インシデントのときの相談（メール）/);
    expect(ipa.textContent).toContain('（もとにした資料: IPA（国の機関です）の「中小企業のための');
    expect(within(card).queryByText(/出典/)).toBeNull();
  });
});
