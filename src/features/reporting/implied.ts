/**
 * Answers the incident's 分類 (types and causes) already implies. They are derived each time,
 * never stored: a stored answer always wins, and changing the 分類 updates them.
 */
import type { Answer, QuestionId } from './questions';

/** The answers implied by the incident's types and causes (ransomware → ウイルス感染・脅迫 はい, …). */
export function impliedAnswers(
  incidentTypes: readonly string[],
  causes: readonly string[],
): Partial<Record<QuestionId, Answer>> {
  const implied: Partial<Record<QuestionId, Answer>> = {};
  if (causes.includes('unauthorized-access')) implied['unauthorized-access'] = 'yes';
  if (causes.includes('insider')) implied.insider = 'yes';
  if (incidentTypes.includes('virus') || incidentTypes.includes('ransomware'))
    implied.malware = 'yes';
  if (incidentTypes.includes('ransomware')) implied.extortion = 'yes';
  return implied;
}

/**
 * Whether 「盗まれた可能性はありますか？」 is asked: when a device or papers were lost, or
 * when the 分類 does not rule it out yet (no type, or a leak without a cause). Otherwise
 * (misdelivery, ransomware, an outage…) there is nothing that could have been stolen.
 */
export function asksTheft(incidentTypes: readonly string[], causes: readonly string[]): boolean {
  if (causes.includes('loss')) return true;
  if (incidentTypes.length === 0) return true;
  return incidentTypes.includes('leak') && causes.length === 0;
}
