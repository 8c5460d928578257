import type { Messages } from '../namespace';
import type { guideDoc } from '../ja/guide-doc';

const en: Messages<typeof guideDoc> = {
  title: 'Guide',
  source: 'Security incident response guide for small and medium-sized enterprises (IPA)',
  search: 'Search the guide',
  toc: 'Contents',
  parts: {
    intro: 'Introduction (why incident response matters, possible damage, purpose)',
    basic: 'The basic steps of incident response',
    virus: 'Virus infection',
    ransomware: 'Ransomware infection',
    leak: 'Data leak',
    outage: 'System outage',
    'record-items': 'What to keep track of during an incident',
    contacts: 'Help desks and where to report',
    references: 'Useful information for incident response',
    notes: 'Glossary (※1–※4)',
    triage: 'What happened? (how to tell)',
  },
  pageFailed: 'The page cannot be shown',
  backToToc: 'Guide contents',
  causes: 'Causes: ',
  listSeparator: ', ',
  follow: 'Respond with these steps',
  chapterToc: 'In this chapter',
  fromBasic: 'Also do these items of the basic steps:',
  forCause: (cause) => `If: ${cause}`,
  toContacts: 'Help desks and where to report',
  openWebsite: 'Open the website',
};
export default en;
