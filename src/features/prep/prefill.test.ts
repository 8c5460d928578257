import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { listFields, putPrep } from '../../storage';
import { useFreshPrep } from './test-prep';

useFreshPrep();

describe('starting an incident after 備え', () => {
  it('fills 事業者 and システム構成・運用状況 from 備え, marked as such', async () => {
    await putPrep({
      id: 'company',
      kind: 'company',
      name: '株式会社サンプル製作所',
      address: '',
      industry: '',
      employees: '',
    });
    const start = (title: string) =>
      useStore.getState().startIncident({
        title,
        types: ['virus'],
        causes: [],
        discoveredAt: new Date().toISOString(),
        log: '対応を開始',
      });
    const filled = await listFields((await start('感染')).id);
    expect(filled).toEqual([
      expect.objectContaining({
        fieldId: 'organization',
        value: '株式会社サンプル製作所',
        origin: 'prep',
      }),
    ]);

    // An edit by a person clears the mark.
    await useStore
      .getState()
      .saveField(filled[0]!.incidentId, 'organization', '株式会社サンプル製作所 本社');
    const [edited] = await listFields(filled[0]!.incidentId);
    expect(edited).toMatchObject({ value: '株式会社サンプル製作所 本社' });
    expect(edited?.origin).toBeUndefined();
  });
});
