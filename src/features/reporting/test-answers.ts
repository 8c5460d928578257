import { saveAnswer } from '../../storage/reporting-repo';

/** Tests only: saves questionnaire answers of one incident, one by one. */
export async function writeAnswers(
  incidentId: string,
  answers: Record<string, string>,
): Promise<void> {
  for (const [questionId, value] of Object.entries(answers))
    await saveAnswer({ incidentId, questionId, value, by: '山田' });
}

/** Every question answered for 1,500 names on a lost (not stolen), unencrypted USB stick: the PPC report (30 days). */
export const USB_LOST = {
  personal: 'yes',
  count: 'over-1000',
  encrypted: 'no',
  sensitive: 'no',
  card: 'no',
  financial: 'no',
  mynumber: 'no',
  'unauthorized-access': 'no',
  insider: 'no',
  extortion: 'no',
  theft: 'no',
  'other-unlawful': 'no',
  recovered: 'no',
};
