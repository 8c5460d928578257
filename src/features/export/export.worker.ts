/// <reference lib="webworker" />
// Builds an incident's documents off the main thread: a timeline of 100,000 entries is read
// and turned into text here, so typing and tapping on the page never wait for it.
import { loadIncidentSnapshot } from '../../storage';
import { buildExport } from '../../export/build';
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import { loadExportContent } from './export-content';
import type { BuildRequest, BuildResponse } from './export-builder';

// One page's incident is read once; each format is then built from it.
let cached: Promise<{ snapshot: IncidentSnapshot; content: ExportContent } | null> | null = null;
let cachedId = '';

const post = (message: BuildResponse) => (self as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { seq, id, kind, now } = event.data;
  try {
    if (!cached || cachedId !== id) {
      cachedId = id;
      post({ seq, stage: 'reading' });
      cached = loadIncidentSnapshot(id).then(async (snapshot) =>
        snapshot
          ? {
              snapshot,
              content: await loadExportContent(snapshot.incident.types, snapshot.incident.causes),
            }
          : null,
      );
    }
    const data = await cached;
    if (!data) return post({ seq, stage: 'done', result: null });
    post({ seq, stage: 'building' });
    const doc = buildExport(kind, data.snapshot, data.content, now);
    post({ seq, stage: 'done', result: { doc, title: data.snapshot.incident.title } });
  } catch {
    cached = null;
    post({ seq, stage: 'failed' });
  }
};
