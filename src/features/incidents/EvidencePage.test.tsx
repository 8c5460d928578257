import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { putEvidenceRecord } from './test-evidence';
import { useFreshDB } from '../../storage/test-db';
import EvidencePage from './EvidencePage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const start = async () =>
  (
    await createIncident({
      title: '感染',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '開始',
    })
  ).incident;

describe('証拠 page', () => {
  it('shows the per-incident total, and says plainly when only the record of a file is here', async () => {
    const incident = await start();
    // Restored from a backup made without the files: the record, no bytes.
    await putEvidenceRecord(incident.id, {
      name: '画面.jpg',
      itemId: 'ransomware-isolate',
      relatedText: 'ネットワークから切り離す',
    });
    render(
      <LocationProvider>
        <EvidencePage id={incident.id} />
      </LocationProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: '証拠一覧（1件、合計 2.0 MB）' }),
    ).toBeTruthy();
    expect(screen.getByText('チェック項目「ネットワークから切り離す」')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /元のファイルを保存/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '元のファイルはこの端末にありません',
    );
  });

  it('lists evidence that arrives while it is open (another tab or phone) once the incident refreshes', async () => {
    const incident = await start();
    await useStore.getState().loadIncident(incident.id);
    render(
      <LocationProvider>
        <EvidencePage id={incident.id} />
      </LocationProvider>,
    );
    expect(await screen.findByRole('heading', { name: /証拠一覧（0件/ })).toBeTruthy();
    // Written elsewhere; this tab hears of the change and refreshes the open incident.
    await putEvidenceRecord(incident.id, {
      id: 'ev-2',
      name: '届いた写真.png',
      type: 'image/png',
      size: 3,
      sha256: 'c'.repeat(64),
      by: '佐藤',
      timelineId: 't-2',
    });
    await useStore.getState().loadIncident(incident.id);
    expect(await screen.findByRole('heading', { name: /証拠一覧（1件/ })).toBeTruthy();
    expect(screen.getByText('届いた写真.png')).toBeTruthy();
  });
});
