import type { Messages } from '../namespace';
import type { prepCard } from '../ja/prep-card';

const en: Messages<typeof prepCard> = {
  title: 'Emergency card',
  intro:
    'Print it and put it on a wall or desk: even when phones cannot be used, people see the first actions and who to call. It prints well in black and white.',
  size: 'Size',
  sizes: { a4: 'A4 (for the wall)', card: 'Card size (for a wallet)' },
  print: 'Print',
  printed: 'Emergency card (what is printed)',
  heading: (company) => (company ? `Emergency card: ${company}` : 'Emergency card'),
  firstTitle: 'Do this first',
  actionsFailed:
    'The first actions could not be loaded. Open this page again while connected to a network.',
  types: {
    virus: 'Virus infection',
    ransomware: 'Ransomware',
    leak: 'Data leak',
    outage: 'System outage',
    basic: 'Not sure what it is',
  },
  actionSeparator: ': ',
  callsTitle: 'Who to call',
  policy: (n) => ` (policy no. ${n})`,
  deputy: (who, phone) => `Stand-in: ${who} ${phone}`,
  deputyNobody: 'stand-in',
  noCalls: 'No phone numbers entered yet. Enter them in ',
  noCallsAfter: ' and they appear here.',
  publicTitle: 'Public help desks',
  publicNames: {
    'ipa-security-consultation':
      'IPA cyber security help desk for companies (IPA 企業組織向けサイバーセキュリティ相談窓口)',
    'police-9110': 'Police consultation line (警察相談専用電話)',
    'ppc-dial':
      'Personal Information Protection Commission (個人情報保護委員会), help line on the Act on the Protection of Personal Information',
  },
  publicUses: {
    'ipa-security-consultation': 'Advice when an incident happens (by e-mail)',
    'police-9110':
      'Advice on crime damage (it reaches your regional police headquarters; for an emergency, call 110)',
    'ppc-dial':
      'Advice on a leak of personal data (the report itself is made on the Commission’s web form)',
  },
  source: (source, asOf) => ` (Source: ${source}; as of ${asOf})`,
  sources: {
    'ipa-security-consultation':
      'IPA, 「中小企業のためのセキュリティインシデント対応の手引き」, the part “Where to ask for help and where to report when an incident happens” (インシデント発生時の相談窓口・報告先)',
  },
  appTitle: 'This app',
  qrLabel: (url) => `QR code that opens this app (${url})`,
  qrFailed: (url) => `The QR code could not be made. URL: ${url}`,
  qrMaking: 'Making the QR code…',
};
export default en;
