import { namespace } from '../namespace';
// The Japanese names of the phases and section kinds are the content model's own.
import { PHASE_TITLES, SECTION_TITLES } from '../../content/model';

/** The playbooks to follow (src/features/guide; the guide to read: guide-doc). */
export const guide = namespace('guide', {
  /** The playbooks' short names, by id (an item's 「出典」). */
  playbooks: {
    basic: '基本ステップ',
    virus: 'ウイルス感染',
    ransomware: 'ランサムウェア',
    leak: '情報漏えい',
    outage: 'システム停止',
  },
  /** The three phases, by id. */
  phases: PHASE_TITLES,
  /** The section kinds, by id. */
  sections: SECTION_TITLES,
  playbookFailed: '手順を表示できません',
  home: 'ホームへ戻る',
  /** 「（原因：メール誤送信・Web誤公開）」 after a narrowed playbook's title. */
  narrowedTo: (cause: string) => `（原因：${cause}）`,
  start: '対応を開始（記録をつける）',
  flow: '対応の流れ',
  /** 「ステップ1」, and 「ステップ1：検知・初動対応」 in the list of phases. */
  step: (n: number) => `ステップ${n}`,
  stepTitle: (n: number, title: string) => `ステップ${n}：${title}`,
  readInGuide: '手引きの本文で読む',
  /** An item's 「出典：ランサムウェア」 and 「詳しく」. */
  itemSource: (playbook: string) => `出典：${playbook}`,
  more: '詳しく',
  /** Before a contact's name on a link to 連絡先. */
  contact: '連絡先：',
  causePicker: '原因で絞り込む',
  allCauses: 'わからない（すべて表示）',
});
