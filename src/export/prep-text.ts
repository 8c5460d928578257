import { ROLE_INFO } from '../lib/contact-roles';
import type { PrepContact, YesNo } from '../storage/prep-schema';
import type { PrepProfile } from '../storage/prep';
import { CONTACT_ROLES } from '../storage/prep-schema';

// 平時の備え as text for the record items and the drafts. Pure.

const YES_NO: Record<YesNo, string> = { yes: 'あり', no: 'なし', '': '未確認' };

/** 「山田 太郎（電話 03-…、メール …）」 of one contact, '' when nothing is known. */
export function contactLine(c: PrepContact | undefined): string {
  if (!c) return '';
  const how = [c.phone && `電話 ${c.phone}`, c.email && `メール ${c.email}`].filter(Boolean);
  const who = [c.org, c.name].filter(Boolean).join(' ');
  if (!who && !how.length) return '';
  return `${who || '（氏名未登録）'}${how.length ? `（${how.join('、')}）` : ''}`;
}

/** 事業者: the company's name and address. */
export function organizationText(p: PrepProfile): string {
  const c = p.company;
  if (!c?.name.trim()) return '';
  return [c.name.trim(), c.address.trim() && `所在地: ${c.address.trim()}`]
    .filter(Boolean)
    .join('\n');
}

/** 責任者・担当者: the people inside with their roles. */
export function ownersText(p: PrepProfile): string {
  return CONTACT_ROLES.filter((r) => ROLE_INFO[r].side === 'inside')
    .map((r) => {
      const line = contactLine(p.contacts[r]);
      return line && `${ROLE_INFO[r].label}: ${line}`;
    })
    .filter(Boolean)
    .join('\n');
}

/** システム構成・運用状況: systems, personal data, backups, how to cut the network. */
export function systemsText(p: PrepProfile): string {
  const s = p.systems;
  if (!s) return '';
  const lines = [
    s.systems && `重要なシステム・サービス: ${s.systems}`,
    s.personalData &&
      `個人情報の保管場所: ${s.personalData}${s.personalCount ? `（おおよそ ${s.personalCount}）` : ''}`,
    (s.cardData || s.myNumber) &&
      `クレジットカード情報: ${YES_NO[s.cardData]}、マイナンバー: ${YES_NO[s.myNumber]}`,
    s.backups && `バックアップ: ${s.backups}`,
    s.lastRestoreTest && `最後に復元を試した日: ${s.lastRestoreTest}`,
    s.offlineCopy && `ネットワークから切り離したコピー: ${YES_NO[s.offlineCopy]}`,
    s.networkCut &&
      `ネットワークの切り方: ${s.networkCut}${s.networkCutWho ? `（判断・実施する人: ${s.networkCutWho}）` : ''}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** The record items a new incident gets from 備え (only those with something to say). */
export function prefillFromPrep(p: PrepProfile): { fieldId: string; value: string }[] {
  return [
    { fieldId: 'organization', value: organizationText(p) },
    { fieldId: 'owners', value: ownersText(p) },
    { fieldId: 'system-configuration', value: systemsText(p) },
  ].filter((f) => f.value !== '');
}

/** What the drafts say about the company: its name and the contact point for inquiries. */
export interface CompanyForDrafts {
  name: string;
  /** 「お問い合わせ窓口」: the first of 担当者 / 情報セキュリティ責任者 / 経営者 with a number or address. */
  contactPoint: string;
}

/** The company as the drafts use it, or null when 備え has no company name. */
export function companyForDrafts(p: PrepProfile): CompanyForDrafts | null {
  const name = p.company?.name.trim();
  if (!name) return null;
  const desk = (['staff', 'security-officer', 'executive'] as const)
    .map((r) => p.contacts[r])
    .find((c) => c && (c.phone || c.email));
  const contactPoint = desk
    ? `${name} ${[desk.org, desk.name].filter(Boolean).join(' ')}\n${[desk.phone && `電話: ${desk.phone}`, desk.email && `メール: ${desk.email}`].filter(Boolean).join('\n')}`
    : '';
  return { name, contactPoint };
}
