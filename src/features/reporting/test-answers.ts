import { saveAnswer } from '../../storage/reporting-repo';

/** Tests only: saves questionnaire answers of one incident, one by one. */
export async function writeAnswers(
  incidentId: string,
  answers: Record<string, string>,
): Promise<void> {
  for (const [questionId, value] of Object.entries(answers))
    await saveAnswer({ incidentId, questionId, value, by: '山田' });
}
