import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { ROLE_INFO } from '../../lib/contact-roles';
import { CONTACT_ROLES, createIncident, putPrep, type ContactRole } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';
import { renderPart } from '../prep/test-prep';
import { contactInput } from '../../storage/test-prep-data';
import { setLanguage } from '../../i18n/active';

useFreshDB();
beforeEach(() => {
  useStore.setState({
    responderName: '山田',
    openIncident: null,
    prep: null,
    prepError: null,
    storageProblem: null,
  });
});

const startIncident = async (types: string[]) =>
  (
    await createIncident({
      title: '経理PC',
      types,
      causes: [],
      by: '山田',
      log: '対応を開始',
    })
  ).incident;

/** Fills one role's form of 体制と連絡先 as a person would, and saves it. */
async function saveThroughForm(role: ContactRole, name: string, phone: string, email: string) {
  const info = ROLE_INFO[role];
  await renderPart('contacts', info.side === 'inside' ? '社内' : '社外');
  const form = screen.getByRole('form', { name: `${info.label}の連絡先` });
  const inside = info.side === 'inside';
  fireEvent.input(within(form).getByLabelText(inside ? '氏名' : '担当者名'), {
    target: { value: name },
  });
  fireEvent.input(within(form).getByLabelText('電話番号'), { target: { value: phone } });
  fireEvent.input(within(form).getByLabelText('メールアドレス'), { target: { value: email } });
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await within(form).findByText('✓ 保存済み');
  cleanup();
  useStore.setState({ prep: null });
}

const box = () => screen.findByRole('region', { name: 'まず連絡する人' });

describe('まず連絡する人', () => {
  it.each(CONTACT_ROLES)(
    'shows %s saved alone in 備え, with working 電話する and メール',
    async (role) => {
      const label = ROLE_INFO[role].label;
      await saveThroughForm(role, '佐藤 花子', '０３－１２３４－５６７８', 'sato@example.co.jp');
      const incident = await startIncident(['ransomware']);
      render(<IncidentPage id={incident.id} />);
      const region = await box();
      const call = await within(region).findByRole('link', {
        name: new RegExp(`電話する：${label} 佐藤 花子`),
      });
      expect(call.getAttribute('href')).toBe('tel:03-1234-5678');
      const mail = within(region).getByRole('link', { name: new RegExp(`メール：${label}`) });
      expect(mail.getAttribute('href')).toBe('mailto:sato@example.co.jp');
      expect(within(region).queryByText(/連絡先がまだ登録されていません/)).toBeNull();
    },
  );

  it('lists everyone in the order the case needs: inside first, then the 保守ベンダー for an outage', async () => {
    for (const role of ['partner', 'vendor', 'sysadmin', 'staff', 'executive'] as const) {
      await putPrep(contactInput(role, '03-0000-0000', `${role}さん`));
    }
    const incident = await startIncident(['outage']);
    render(<IncidentPage id={incident.id} />);
    const region = await box();
    await within(region).findByRole('link', { name: /電話する：主な取引先/ });
    const calls = within(region)
      .getAllByRole('link', { name: /^電話する/ })
      .map((a) => a.textContent);
    expect(calls.map((t) => /：(\S+)/.exec(t ?? '')?.[1])).toEqual([
      '経営者',
      '担当者',
      'システム管理者',
      '保守ベンダー',
      '主な取引先',
    ]);
  });

  it('calls a number kept full-width (restored from an older file) with ASCII digits', async () => {
    await putPrep(contactInput('staff', '０３－１２３４－５６７８', '佐藤'));
    const incident = await startIncident(['virus']);
    render(<IncidentPage id={incident.id} />);
    const call = await within(await box()).findByRole('link', { name: /電話する：担当者 佐藤/ });
    expect(call.getAttribute('href')).toBe('tel:03-1234-5678');
  });

  it('shows an address that breaks the rule as text, never as a mailto: link', async () => {
    await putPrep({
      ...contactInput('executive', '090-1111-2222', '山田'),
      email: '"><script>alert(2)</script>@x.jp',
    });
    const incident = await startIncident(['leak']);
    render(<IncidentPage id={incident.id} />);
    const region = await box();
    await within(region).findByRole('link', { name: /電話する：経営者 山田/ });
    expect(within(region).queryByRole('link', { name: /メール/ })).toBeNull();
    expect(within(region).getByText(/アドレスの形を確かめてください/)).toBeTruthy();
  });

  it('in English, names each role and what to tell it in English', async () => {
    await putPrep(contactInput('executive', '03-0000-0000', '山田 太郎'));
    const incident = await startIncident(['ransomware']);
    await setLanguage('en');
    try {
      render(<IncidentPage id={incident.id} />);
      const call = await screen.findByRole('link', { name: /Executive 山田 太郎/ });
      expect(call.getAttribute('href')).toBe('tel:03-0000-0000');
      expect(screen.queryByText('経営者')).toBeNull();
    } finally {
      await setLanguage('ja');
    }
  });

  it('points to 平時の備え when no contact is stored', async () => {
    const incident = await startIncident(['leak']);
    render(<IncidentPage id={incident.id} />);
    const region = await box();
    expect(within(region).getByRole('link', { name: '平時の備え' }).getAttribute('href')).toBe(
      '/prep/contacts',
    );
  });
});
