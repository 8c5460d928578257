import type { Messages } from '../namespace';
import type { prepCheck } from '../ja/prep-check';

const en: Messages<typeof prepCheck> = {
  scoreOf: (total) => `Of ${total} points, `,
  scoreDone: (score) => `${score}`,
  scoreEnd: ' are in place.',
  lastCheck: (at) => `Last check: ${at}`,
  reviewAdvice: (months, asOf) =>
    `Reviewing it every ${months} months is a good idea. This interval is a suggestion of this app: as of ${asOf}, the guide sets no review interval.`,
  autoDone: 'Entered in Be prepared',
  autoMissing: 'Not entered yet. ',
  fill: 'Enter it',
  answers: { yes: 'In place', no: 'Not yet' },
  guide: 'Guide: ',
  missingTitle: 'Still to do',
  submit: 'Record the check',
  items: {
    policy: 'The response policy (who decides what, and who responds) is decided in advance',
    'report-rule':
      'Everyone knows to report signs of an incident to the information security officer',
    'inside-contacts':
      'The phone numbers of the information security officer and the executive are entered',
    'outside-contacts': 'Outside contacts for help, such as the IT maintenance vendor, are entered',
    'network-cut': 'How to cut the network, and who may do it, are decided',
    evidence:
      'People know the first steps that keep evidence: do not turn devices off, do not delete records',
    'personal-data': 'You know what personal data you hold, roughly how much, and where it is kept',
    'offline-backup': 'One backup is on media that is normally not connected, or in another place',
    'restore-test': 'You have tried restoring from a backup',
    logs: 'Logs of servers and network devices are collected and kept',
    bcp: 'How important each system is, and what to use when it stops (BCP, IT-BCP), are decided',
  },
  guides: {
    policy: 'Basic steps: “Set up the response team” (対応体制の立ち上げ)',
    'report-rule': 'Basic steps: “Detection and first reports” (検知と連絡受付)',
    'inside-contacts': 'Basic steps: “Set up the response team” (対応体制の立ち上げ)',
    'outside-contacts': 'Basic steps: “Investigation and response” (調査・対応)',
    'network-cut': 'Basic steps: “First response” (初動対応)',
    evidence: 'Basic steps: “Preserve the evidence” (証拠の保全)',
    'personal-data': 'Data leak: “First response” (初動対応)',
    'offline-backup': 'Ransomware: “Good ways to back up” (適切なバックアップ方法)',
    'restore-test': 'Ransomware: “Good ways to back up” (適切なバックアップ方法)',
    logs: 'Data leak: “Investigation and response” (調査・対応)',
    bcp: 'Glossary, note 4: business continuity plan (BCP)',
  },
};
export default en;
