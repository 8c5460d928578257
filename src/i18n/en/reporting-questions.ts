import type { Messages } from '../namespace';
import type { reportingQuestions } from '../ja/reporting-questions';

const en: Messages<typeof reportingQuestions> = {
  groups: {
    start: 'Start here',
    data: 'What kind of information?',
    protection: 'How it was protected',
    causes: 'Other causes',
    impact: 'Impact and duties to report',
  },
  labels: {
    personal:
      'Does the information that leaked (or may have leaked), or that was encrypted or deleted and can no longer be used, include personal information (個人情報)?',
    count: 'How many people does the information cover?',
    'unauthorized-access': 'Is unauthorized access (不正アクセス) suspected?',
    insider:
      'Is an insider suspected (an employee or someone inside taking or misusing the data; 内部犯行)?',
    'other-unlawful':
      'Is anything else done with unlawful intent suspected as the cause (a web page or mail tampered with, impersonation, and so on)?',
    sensitive:
      'Does it include "special care-required personal information" (要配慮個人情報), such as medical history, health check results or criminal records?',
    card: 'Does it include credit card information?',
    financial: 'Does it include other information that could cause financial loss if misused?',
    account: 'Does it include account information such as IDs and passwords?',
    mynumber: 'Does it include My Number (マイナンバー, the individual number)?',
    encrypted: 'Was it protected, for example by strong encryption?',
    exposed: 'Could anyone outside the company see it, for example on the internet?',
    recovered:
      'Have you confirmed that it was recovered before anyone saw it, or fully restored from a backup?',
    extortion: 'Were there threats or demands for money (such as a ransom demand)?',
    malware: 'Was a device infected with a virus (including ransomware)?',
    theft: 'Could it have been stolen?',
    'industry-law':
      'Does an industry law (業法) require a report to the ministry or agency in charge?',
    partners: 'Are business partners or customers affected?',
    wide: 'Is the impact wide and public, or is it hard to contact everyone one by one?',
  },
  help: {
    personal:
      'Information that identifies a person, such as a name, address or e-mail address. This includes data encrypted by ransomware, data that is gone, and data that was lost. (The law calls leaks, loss and damage together "leak, loss or damage" (漏えい等).)',
    'other-unlawful':
      'For example, an input page or link was rewritten, or the address on a return envelope was changed to a third party.',
    financial: 'Online banking IDs and passwords, account numbers with PINs, and similar.',
    encrypted: 'If the decryption key or password leaked too, answer "No".',
    recovered:
      'Answer "Yes" if access logs or similar show that a misdirected e-mail was deleted unread or that nobody opened a file published by mistake, or if the lost or encrypted data is kept elsewhere, for example in a backup, and could not have been stolen (then it is not a "leak, loss or damage" (漏えい等) under the law). If you cannot confirm it, answer "Not sure". This answer never removes the need for a My Number (マイナンバー) report.',
    theft:
      'For when a PC, smartphone, USB memory, papers or the like are missing. If you cannot tell whether it was left behind or stolen, answer "Not sure".',
    'industry-law':
      'Some industries, such as finance, healthcare, telecommunications and electricity, have their own duty to report.',
  },
  answers: {
    yes: 'Yes',
    no: 'No',
    unknown: 'Not sure',
    'up-to-100': '100 or fewer',
    '101-1000': '101 to 1,000',
    'over-1000': '1,001 or more',
  },
  short: {
    personal: 'personal information',
    sensitive: 'special care-required information',
    card: 'card information',
    financial: 'information that could cause financial loss',
    account: 'account information',
    mynumber: 'My Number',
    count: 'number of people',
    encrypted: 'encryption',
    exposed: 'visible to anyone',
    'unauthorized-access': 'unauthorized access',
    insider: 'insider',
    extortion: 'threats or money demands',
    malware: 'virus infection',
    theft: 'theft',
    'industry-law': 'industry law duty to report',
    partners: 'impact on partners and customers',
    wide: 'how wide the impact is',
    'other-unlawful': 'other unlawful acts',
    recovered: 'recovered or restored',
  },
  separator: ', ',
  answerSeparator: ' · ',
  intro:
    'Answer as far as you know. "Not sure" is treated as the side that needs a report, to be safe. Your answers are saved on this device automatically.',
  groupDone: (n) => `✓ Answered (${n})`,
  groupCount: (n) => `(${n} ${n === 1 ? 'question' : 'questions'})`,
  fromType: 'From the incident type',
  fromTypeHint:
    'Filled in from the type and cause of this incident record. If it is wrong, choose again.',
  unanswered: 'Not answered (treated as "Not sure")',
};
export default en;
