/**
 * The incident types for the home screen, kept by hand so the home route loads no
 * playbook. catalog.test.ts checks it against playbooks/*.yaml.
 */

/** What the home screen needs to offer an incident type. */
export interface IncidentTypeSummary {
  id: string;
  shortTitle: string;
  causes?: readonly { id: string; title: string }[];
}

/** The incident types in the guide's order (basic steps not included). */
export const INCIDENT_TYPES: readonly IncidentTypeSummary[] = [
  { id: 'virus', shortTitle: 'ウイルス感染' },
  { id: 'ransomware', shortTitle: 'ランサムウェア' },
  {
    id: 'leak',
    shortTitle: '情報漏えい',
    causes: [
      { id: 'unauthorized-access', title: '不正アクセス' },
      { id: 'insider', title: '内部犯行' },
      { id: 'misdelivery', title: 'メール誤送信・Web誤公開' },
      { id: 'loss', title: '紛失・置忘れ' },
    ],
  },
  { id: 'outage', shortTitle: 'システム停止' },
];

/** Id and short title of the basic steps (基本ステップ). */
export const BASIC_STEPS = { id: 'basic', shortTitle: '基本ステップ' } as const;
