/// <reference lib="webworker" />
// Builds an incident's documents off the main thread: a timeline of 100,000 entries is read
// and turned into text here, so typing and tapping on the page never wait for it. The guide's
// content (small) comes from the page, so the worker carries no playbooks.
// eslint-disable-next-line no-restricted-imports -- a worker, not a view: it reads the records itself
import { loadIncidentSnapshot } from '../../storage';
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import type { BuildRequest, BuildResponse } from './export-builder';
import { builtExport } from './built-export';
import type { Renderings } from '../../content/rendered';
import type { Language } from '../../i18n/languages';

// One page's incident is read once; each format is then built from it.
let snapshot: Promise<IncidentSnapshot | undefined> | null = null;
let snapshotId = '';
let content: ExportContent | null = null;
// The playbook renderings of each language, as the page sent them.
const renderingsOf = new Map<Language, Renderings | null>();

const post = (message: BuildResponse) => (self as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { seq, id, kind, now, options, renderings } = event.data;
  if (options.language && renderings !== undefined) renderingsOf.set(options.language, renderings);
  try {
    if (!snapshot || snapshotId !== id) {
      snapshotId = id;
      content = null;
      post({ seq, stage: 'reading' });
      snapshot = loadIncidentSnapshot(id);
    }
    const snap = await snapshot;
    if (!snap) return post({ seq, stage: 'done', result: null });
    content = event.data.content ?? content;
    if (!content) {
      const { types, causes } = snap.incident;
      return post({ seq, stage: 'need-content', types, causes });
    }
    post({ seq, stage: 'building' });
    const table = (options.language && renderingsOf.get(options.language)) || null;
    const result = await builtExport(kind, snap, content, now, options, table);
    post({ seq, stage: 'done', result });
  } catch {
    snapshot = null;
    post({ seq, stage: 'failed' });
  }
};
