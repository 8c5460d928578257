import { timelineKind } from '../storage/timeline-kind';
import { formatJstSeconds } from '../lib/jst';
import { PPC_REPORT } from './ppc-items';
import { EMPTY, durationsLine, valueOf, type SummaryModel } from './summary';
import { correctionMark, summaryFullText, timelineText } from './summary-text';
import { internalReportingSection, reportingBlock } from './reporting-section';
import type { Audience, DraftOptions } from './types';

// Report drafts filled from the record (plain text, edited by the person before sharing).
// Placeholders 「（…記入してください）」 mark what the record cannot know.

/** The text, or a placeholder asking for it. */
export const fill = (text: string, hint: string) => text || `（${hint}を記入してください）`;
/** 「2026/11/25」 of a formatted JST date-time. */
export const dateOnly = (formatted: string) => formatted.replace(/\(.\).*$/, '');

/** Where to ask (a placeholder for the company's inquiry desk). */
export const CONTACT_POINT =
  '（お問い合わせ窓口の名称・電話番号・メールアドレス・受付時間を記入してください）';

/** 事業者名: the record's, else the company's from 平時の備え. */
export const organization = (m: SummaryModel) =>
  valueOf(m, 'organization') || m.company?.name || '';
/** お問い合わせ窓口: the company's from 平時の備え, else a placeholder. */
export const contactPoint = (m: SummaryModel) =>
  m.company?.contactPoint
    ? `${m.company.contactPoint}\n（受付時間を記入してください）`
    : CONTACT_POINT;

// How a notice to customers names what happened (not the internal record title).
const CAUSE_PHRASES: Record<string, string> = {
  misdelivery: 'メールの誤送信等による情報の漏えい',
  'unauthorized-access': '不正アクセスによる情報の漏えいのおそれ',
  insider: '情報の不正な持ち出し',
  loss: '情報を含む機器・書類の紛失',
};
const TYPE_PHRASES: Record<string, string> = {
  ransomware: 'ランサムウェアによる被害',
  virus: 'コンピュータウイルスへの感染',
  leak: '情報の漏えい（またはそのおそれ）',
  outage: 'システムの障害',
};

function whatHappened(m: SummaryModel): string {
  const phrases = [
    ...m.typeIds
      .filter((t) => t !== 'leak' || !m.causeIds.some((c) => CAUSE_PHRASES[c]))
      .map((t) => TYPE_PHRASES[t]),
    ...m.causeIds.map((c) => CAUSE_PHRASES[c]),
  ].filter((p): p is string => Boolean(p));
  return phrases.length ? phrases.join('と') : 'セキュリティインシデント';
}

/** Notes written on the checklist items of the last phase (復旧・再発防止). */
function preventionNotes(m: SummaryModel): string[] {
  const last = m.phases[m.phases.length - 1];
  return last ? last.items.filter((i) => i.note).map((i) => `・${i.note}`) : [];
}

/**
 * The latest reporting decision in the timeline (kind 'reporting', not corrected; a
 * destination's status change is not one): older decisions were superseded and are not repeated in the draft.
 */
function reportingLines(m: SummaryModel): string[] {
  const latest = m.timeline.findLast((t) => timelineKind(t) === 'reporting' && !t.corrected);
  return latest ? [timelineText(latest, m.words)] : [];
}

/**
 * Who the 第一報 is for when she has not chosen: one person for a misdirected mail (unless
 * the questionnaire says many are affected or it is wide), everyone concerned otherwise.
 */
export function audienceOf(m: SummaryModel): Audience {
  const many =
    m.answers.wide === 'yes' || ['101-1000', 'over-1000'].includes(m.answers.count ?? '');
  return m.causeIds.includes('misdelivery') && !many ? 'one' : 'many';
}

/** 第一報 to customers and business partners (ステップ2 第一報): to one person, or to all. */
export function firstReportText(m: SummaryModel, o: DraftOptions = {}): string {
  const org = organization(m);
  const one = (o.audience ?? audienceOf(m)) === 'one';
  const doing =
    m.statusId === 'open'
      ? '現在、被害の拡大を防ぐ措置を講じるとともに、原因と影響の範囲を調査しております。'
      : 'システムは復旧し、現在、原因の調査と再発防止策の検討を進めております。';
  return [
    `件名: 【第一報】当社における${whatHappened(m)}についてのお知らせ`,
    '',
    one
      ? '（お名前を記入してください）様'
      : m.causeIds.includes('misdelivery')
        ? '（宛先：情報が誤って送られた、または公開されたお客様・お取引先様）'
        : 'お取引先様・お客様各位',
    '',
    fill(org, '事業者名'),
    '',
    `このたび、当社において${whatHappened(m)}が発生したことが判明しました。`,
    one
      ? 'この件には、あなた様の情報が含まれております。ご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。'
      : '関係する皆様にご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。',
    '現時点で判明している内容と当社の対応について、第一報としてお知らせいたします。',
    '',
    '1. 発生した事象',
    `発覚日時: ${m.discoveredAt || EMPTY}`,
    fill(valueOf(m, 'event'), '表面化している事柄、被害、影響など'),
    '',
    '2. 当社の対応',
    doing,
    ...(m.causeIds.includes('misdelivery')
      ? ['誤って送信した先には、受け取った情報の削除をお願いしております。']
      : []),
    '（実施した対応を具体的に記入してください）',
    '新たな事実が判明しましたら、改めてお知らせいたします。',
    '',
    '3. お問い合わせ窓口',
    contactPoint(m),
    '',
    dateOnly(m.madeAt),
    ...internalReportingSection(m.reporting),
    '',
    m.chain,
  ].join('\n');
}

/** 第二報以降・最終報 (status, cause, prevention, compensation); 最終報 when closed. */
export function laterReportText(m: SummaryModel): string {
  const final = m.statusId === 'closed';
  const label = final ? '最終報' : '第二報';
  const history = m.timeline
    .filter((t) => !t.corrected && t.kind !== 'created')
    .map((t) => timelineText(t, m.words));
  const prevention = preventionNotes(m);
  return [
    `件名: 【${label}】${m.title}について（${dateOnly(m.madeAt)}時点）`,
    '',
    'お取引先様・お客様各位',
    '',
    fill(organization(m), '事業者名'),
    '',
    `先にお知らせした${whatHappened(m)}について、その後の状況をご報告いたします。`,
    '',
    '1. これまでの経緯',
    `発覚日時: ${m.discoveredAt || EMPTY}`,
    `発生日時: ${m.occurredAt || EMPTY}`,
    ...(history.length ? history : ['（経緯を記入してください）']),
    ...durationsLine(m),
    '',
    '2. 現在の状況',
    `状況: ${m.status}`,
    fill(valueOf(m, 'affected-systems'), '被害を受けたシステムの状況'),
    '',
    '3. 被害の状況',
    fill(valueOf(m, 'event'), '被害と影響'),
    '',
    '4. 原因',
    fill(valueOf(m, 'cause'), '原因'),
    '',
    '5. 再発防止策',
    ...(prevention.length ? prevention : ['（実施する再発防止策を記入してください）']),
    '',
    '6. 補償について',
    '（被害を受けた方への補償等を行う場合に記入してください。該当しない場合はこの項目を削除してください）',
    '',
    '7. お問い合わせ窓口',
    contactPoint(m),
    '',
    dateOnly(m.madeAt),
    ...internalReportingSection(m.reporting),
    '',
    m.chain,
  ].join('\n');
}

/** Draft of the report to 個人情報保護委員会 (items of 施行規則 第8条第1項). */
export function ppcReportText(m: SummaryModel): string {
  const byId: Record<string, string[]> = {
    overview: [
      `事業者: ${organization(m) || EMPTY}`,
      `発覚日時: ${m.discoveredAt || EMPTY}`,
      `発生日時: ${m.occurredAt || EMPTY}`,
      fill(valueOf(m, 'event'), '発生した事象の概要'),
    ],
    'data-items': [
      fill(valueOf(m, '5w1h-what'), '漏えい等した個人データの項目（氏名、住所など）'),
      ...dataKinds(m),
    ],
    people: [peopleLine(m)],
    cause: [fill(valueOf(m, 'cause'), '原因')],
    'secondary-damage': ['（二次被害又はそのおそれの有無と、その内容を記入してください）'],
    'notice-to-people': ['（本人への通知・問い合わせ窓口の設置などの状況を記入してください）'],
    publication: ['（公表の有無・時期・方法を記入してください）'],
    prevention: preventionNotes(m).length
      ? preventionNotes(m)
      : ['（再発防止のための措置を記入してください）'],
    other: [
      `被害を受けたシステムの状況: ${valueOf(m, 'affected-systems') || EMPTY}`,
      ...reportingLines(m),
    ],
  };
  const lines = [
    `個人情報保護委員会への漏えい等報告（下書き）: ${m.title}`,
    '',
    '※ 報告は個人情報保護委員会のウェブサイトの報告フォームから行います。この下書きは入力の準備用です。',
    `※ ${PPC_REPORT.deadlines}`,
    `※ 項目の出典: ${PPC_REPORT.source}（${PPC_REPORT.asOf} 時点）`,
    ...reportingBlock(m.reporting),
  ];
  PPC_REPORT.items.forEach((item, i) => {
    lines.push('', `${i + 1}. ${item.label}`, ...(byId[item.id] ?? []));
  });
  lines.push('', `作成日時: ${m.madeAt}`);
  return lines.join('\n');
}

// What the 報告・届出 questionnaire already knows, so the draft does not ask for it again.
const DATA_KINDS: [string, string][] = [
  ['sensitive', '要配慮個人情報'],
  ['card', 'クレジットカード情報'],
  ['financial', '悪用されると財産的被害につながる情報'],
  ['account', 'ID・パスワードなどのアカウント情報'],
  ['mynumber', 'マイナンバー（個人番号）'],
];
const PEOPLE: Record<string, string> = {
  'up-to-100': '100人以下',
  '101-1000': '101〜1,000人',
  'over-1000': '1,001人以上',
};

function dataKinds(m: SummaryModel): string[] {
  const kinds = DATA_KINDS.filter(([id]) => m.answers[id] === 'yes').map(([, label]) => label);
  return kinds.length ? [`（報告・届出の質問票より）含まれる情報: ${kinds.join('、')}`] : [];
}

function peopleLine(m: SummaryModel): string {
  const range = PEOPLE[m.answers.count ?? ''];
  return range
    ? `（報告・届出の質問票より）${range}。正確な人数を記入してください。`
    : '（本人の数を記入してください）';
}

/** Handover sheet for the IT vendor or IPA / JPCERT/CC: record, configuration, timeline. */
export function handoverText(m: SummaryModel): string {
  const w = m.words;
  const timeline = m.timeline.map(
    (t) =>
      `${formatJstSeconds(t.atIso)} JST ${t.by ? `[${t.by}] ` : ''}${correctionMark(t, w)}${t.text}`,
  );
  return [
    w.handoverTitle(m.title),
    w.handoverFor,
    '',
    `■ ${w.companyAndContact}`,
    organization(m) || w.empty,
    ...(m.company?.contactPoint ? [m.company.contactPoint] : []),
    '',
    `■ ${w.systemConfiguration}`,
    valueOf(m, 'system-configuration') || w.empty,
    '',
    `■ ${w.affectedSystems}`,
    valueOf(m, 'affected-systems') || w.empty,
    '',
    `■ ${w.timelineJst}`,
    ...(timeline.length ? timeline : [w.noRecords]),
    m.chain,
    '',
    `■ ${w.wholeRecord}`,
    summaryFullText(m),
  ].join('\n');
}
