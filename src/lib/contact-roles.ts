import type { ContactRole } from '../storage/prep-schema';

/** How the call list names and explains one role. */
export interface RoleInfo {
  label: string;
  side: 'inside' | 'outside';
  /** A hint for 「伝えること」 when nothing was written. */
  tellHint: string;
}

/** The roles of 体制と連絡先 with their Japanese labels (display only: logic uses the ids). */
export const ROLE_INFO: Record<ContactRole, RoleInfo> = {
  executive: {
    label: '経営者',
    side: 'inside',
    tellHint: '何が起きたか、影響の見込み、対応体制を立ち上げる判断をお願いしたいこと',
  },
  'security-officer': {
    label: '情報セキュリティ責任者',
    side: 'inside',
    tellHint: '見つけた兆候、いつ・どの機器か、すでにしたこと',
  },
  staff: { label: '担当者', side: 'inside', tellHint: '役割分担と、今すぐお願いしたい作業' },
  sysadmin: {
    label: 'システム管理者',
    side: 'inside',
    tellHint: '止まっている・おかしいシステム、ネットワークを切るかどうか',
  },
  vendor: {
    label: '保守ベンダー',
    side: 'outside',
    tellHint: '契約のある会社名、対象のシステム、起きていること、支援をお願いしたいこと',
  },
  cloud: {
    label: 'クラウド・サービス事業者',
    side: 'outside',
    tellHint: '契約者名、対象のサービスとアカウント、起きていること',
  },
  insurance: {
    label: 'サイバー保険（事故受付）',
    side: 'outside',
    tellHint: '証券番号、発覚日時、起きていること（使える支援サービスも確かめる）',
  },
  otasuke: {
    label: 'サイバーセキュリティお助け隊',
    side: 'outside',
    tellHint: '契約者名、起きていること、駆け付け支援が必要か',
  },
  lawyer: {
    label: '顧問弁護士',
    side: 'outside',
    tellHint: '情報漏えいのおそれ、取引先や本人への通知・公表の相談',
  },
  card: {
    label: 'カード決済代行・カード会社',
    side: 'outside',
    tellHint: '加盟店名、カード情報が漏えいしたおそれ、発覚日時',
  },
  police: {
    label: '所轄警察署（サイバー犯罪相談）',
    side: 'outside',
    tellHint: '被害の内容、発覚日時、犯罪性があると考える理由',
  },
  partner: {
    label: '主な取引先',
    side: 'outside',
    tellHint: '影響の有無、現在の対応状況、次にお知らせする時期',
  },
};

/** The roles in call-list order (inside first), for views that list them. */
export const ROLES_IN_ORDER = Object.keys(ROLE_INFO) as ContactRole[];
