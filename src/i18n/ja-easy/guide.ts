import type { Messages } from '../namespace';
import type { guide } from '../ja/guide';

const easy: Messages<typeof guide> = {
  // The same names as the guide's parts (guide-doc), the card and the triage (「…したとき」).
  playbooks: {
    basic: 'はじめの手順',
    virus: 'ウイルスに感染したとき',
    ransomware: 'ランサムウェアに感染したとき',
    leak: '情報がもれたとき',
    outage: 'システムが止まったとき',
  },
  phases: {
    detect: '気づく・すぐにする対応',
    report: '報告する・知らせる',
    recover: 'もとにもどす・くりかえさない',
  },
  sections: {
    intake: '気づく・連絡を受ける',
    team: '対応するチームを作る',
    'first-response': 'すぐにする対応',
    'first-report': '第一報（はじめの報告）',
    'later-reports': '第二報・最終報（あとの報告）',
    investigation: 'しらべる・対応する',
    evidence: '証拠を残す',
    recovery: 'もとにもどす',
    prevention: 'くりかえさないための対策',
  },
  playbookFailed: '手順を出せません',
  home: 'ホームにもどる',
  narrowedTo: (cause) => `（原因：${cause}）`,
  start: '対応を始める（きろくをつける）',
  flow: '対応のながれ',
  step: (n) => `ステップ${n}`,
  stepTitle: (n, title) => `ステップ${n}：${title}`,
  readInGuide: 'てびきの文を読む',
  itemSource: (playbook) => `どこから：${playbook}`,
  more: 'くわしく',
  contact: '連絡先：',
  causePicker: '原因でしぼる',
  allCauses: 'わからない（全部見る）',
};
export default easy;
