import type { Messages } from '../namespace';
import type { prep } from '../ja/prep';

const en: Messages<typeof prep> = {
  title: 'Be prepared',
  intro:
    'Take about 10 minutes while things are calm. Then, in an incident, you can call your own contacts at once, and your company’s details fill in the records and report drafts. What you enter is stored only on this device.',
  score: (total, score) => `Readiness check: ${score} of ${total} points are in place.`,
  drillsTitle: 'Drills',
  drillsText: 'Practise responding to an incident in this app, following a script.',
  drillsLink: 'Run a drill',
  parts: {
    company: 'Company details',
    contacts: 'Team and contacts',
    systems: 'Systems and data',
    check: 'Readiness check',
    card: 'Emergency card (print)',
  },
  navLabel: 'Parts of Be prepared',
  navHome: 'All parts',
  notFound: 'This page could not be found.',
  loading: 'Loading…',
  save: 'Save',
  checkInput: 'Please check what you entered. Everything you typed is still here.',
  yesNo: { unknown: 'Not checked', yes: 'Yes', no: 'No' },
  companyIntro: 'Used in report drafts and as the “business operator” (事業者) in the record.',
  company: {
    name: 'Business name',
    address: 'Address',
    industry: 'Industry',
    employees: 'Number of employees',
  },
  employeesHint: 'A rough figure is fine (e.g. 25)',
  contactsIntro:
    'Fill in only the people and companies you know. Once saved, a “Call” button appears here, and they are shown on the incident screen during an incident.',
  sides: { inside: 'In the company', outside: 'Outside the company' },
  roles: {
    executive: 'Executive',
    'security-officer': 'Information security officer',
    staff: 'Staff in charge',
    sysadmin: 'System administrator',
    vendor: 'IT maintenance vendor',
    cloud: 'Cloud service provider',
    insurance: 'Cyber insurance (claims desk)',
    otasuke: 'Cyber security support service (サイバーセキュリティお助け隊)',
    lawyer: 'Company lawyer',
    card: 'Card payment provider or card company',
    police: 'Local police station (cybercrime consultation)',
    partner: 'Main business partners',
  },
  tellHints: {
    executive:
      'What happened, the likely impact, and that you need a decision to set up a response team',
    'security-officer': 'The signs you found, when and on which device, and what you have done',
    staff: 'Who does what, and the work you need done now',
    sysadmin: 'Systems that are down or odd, and whether to cut the network',
    vendor:
      'Your company name under the contract, the system concerned, what is happening, and the help you need',
    cloud: 'The account holder, the service and account concerned, and what is happening',
    insurance:
      'Policy number, when it was discovered, what is happening (also ask which support services you can use)',
    otasuke: 'The contract holder, what is happening, and whether you need someone on site',
    lawyer:
      'A possible data leak, and advice on notifying business partners and the people affected, or going public',
    card: 'Your merchant name, that card data may have leaked, and when it was discovered',
    police: 'What the damage is, when it was discovered, and why you think it is a crime',
    partner: 'Whether they are affected, where the response stands, and when you will update them',
  },
  registered: 'Saved',
  notRegistered: 'Not entered',
  deputyOf: (role, name) => `Stand-in for ${role} ${name}`,
  tell: 'What to tell them: ',
  contactForm: (role) => `Contact: ${role}`,
  contact: {
    orgInside: 'Department',
    orgOutside: 'Company or desk',
    nameInside: 'Name',
    nameOutside: 'Contact person',
    phone: 'Phone number',
    email: 'E-mail address',
    policyNumber: 'Policy number',
    deputyName: 'Stand-in (when they are away)',
    deputyPhone: 'Stand-in’s phone number',
    tell: 'What to tell them',
  },
  phoneHint: 'Hyphens and full-width digits are fine',
  example: (text) => `e.g. ${text}`,
  phoneProblem: (kind) =>
    kind === 'characters'
      ? 'Enter the phone number with digits and hyphens only (e.g. 03-1234-5678).'
      : 'Please check the number of digits (a phone number has 3 to 15).',
  emailProblem: (_kind) => 'Please check the e-mail address (e.g. name@example.co.jp).',
  contactEmpty: 'Enter at least one detail, such as a name or a phone number, before saving.',
  tooLong: (limit, length) =>
    `Please keep it to ${limit.toLocaleString('en')} characters (now ${length.toLocaleString('en')}).`,
  restoredDraft: (save) =>
    `What you typed last time was not saved; it is back. Check it and press “${save}” (until then it is kept on this device for now).`,
  systemsIntro:
    'Used for “system configuration and operation” (システム構成・運用状況) in the record. Fill in only what you know.',
  systems: {
    systems: 'Important systems and services',
    personalData: 'Where personal data is kept',
    personalCount: 'Roughly how many people’s personal data',
    cardData: 'Do you hold credit card data?',
    myNumber: 'Do you handle My Number (マイナンバー)?',
    backups: 'Where the backups are',
    lastRestoreTest: 'Last time you tried restoring from a backup',
    offlineCopy: 'A backup copy kept off the network',
    networkCut: 'How to cut the network',
    networkCutWho: 'Who may cut the network',
  },
  systemsHints: {
    systems: 'e.g. sales management (in-house server), accounting (cloud), website (rented server)',
    personalData: 'e.g. customer list (sales server), staff list (admin office PC)',
    personalCount: 'e.g. about 3,000 people',
    networkCut: 'Which cable, router or Wi-Fi, and how to cut it',
  },
  replacedTitle: 'Replaced by a change on another device',
  replacedIntro:
    'This is what was entered on this device. Once you have entered again what is needed, press “Mark as checked”.',
  replacedFailed: 'It could not be saved. Please try again.',
  partOfRole: (part, role) => `${part} (${role})`,
  dismiss: 'Mark as checked',
  dismissLabel: (part, at) => `Mark ${part} (${at}) as checked`,
};
export default en;
