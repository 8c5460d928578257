// One incident read for a file sent to another phone (the offline side of team mode).
import type {
  Draft,
  EvidenceFile,
  EvidenceMeta,
  FieldValue,
  Incident,
  ProgressEntry,
  ReportingEntry,
  TimelineEntry,
} from './schema';
import { STORES_OF_AN_INCIDENT } from './schema';
import { read } from './db';
import { getDeviceId, getResponderName, getSetting, TEAM_KEY, type TeamSetting } from './settings';

/** Every record of one incident, its timeline entries marked with the phone that wrote them. */
export interface IncidentTransfer {
  incidents: Incident[];
  fields: FieldValue[];
  progress: ProgressEntry[];
  timeline: TimelineEntry[];
  reporting: ReportingEntry[];
  drafts: Draft[];
  evidence: EvidenceMeta[];
  evidenceFiles: EvidenceFile[];
}

/**
 * Reads one incident in one transaction (undefined when there is none). This phone's own
 * timeline entries get `via` (this phone's id and name), so that on the other phone they form
 * this phone's chain, verified apart from that phone's own.
 */
export async function readIncidentForTransfer(id: string): Promise<IncidentTransfer | undefined> {
  const [device, team, name] = await Promise.all([
    getDeviceId(),
    getSetting<TeamSetting>(TEAM_KEY),
    getResponderName(),
  ]);
  const via = {
    device: team?.device ?? device,
    name: team?.deviceName || (name ? `${name}の端末` : '記録を送った端末'),
  };
  return read([...STORES_OF_AN_INCIDENT], async (tx) => {
    const incident = await tx.objectStore('incidents').get(id);
    if (!incident) return undefined;
    const ofIncident = IDBKeyRange.bound([id, ''], [id, '\uffff']);
    const [fields, progress, reporting, drafts, timeline, evidence, evidenceFiles] =
      await Promise.all([
        tx.objectStore('fields').index('byIncident').getAll(id),
        tx.objectStore('progress').index('byIncident').getAll(id),
        tx.objectStore('reporting').index('byIncident').getAll(id),
        tx.objectStore('drafts').index('byIncident').getAll(id),
        tx
          .objectStore('timeline')
          .index('byIncidentAt')
          .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff'])),
        tx.objectStore('evidence').getAll(ofIncident),
        tx.objectStore('evidenceFiles').getAll(ofIncident),
      ]);
    return {
      incidents: [incident],
      fields,
      progress,
      reporting,
      drafts,
      evidence,
      evidenceFiles,
      timeline: timeline.map((e) => (e.via ? e : { ...e, via })),
    };
  });
}
