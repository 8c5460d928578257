// The storage API: the only door to IndexedDB. Import from 'src/storage' (this file).
export type {
  Incident,
  IncidentStatus,
  FieldValue,
  ProgressEntry,
  TimelineEntry,
  TimelineKind,
  ReportingEntry,
  Draft,
} from './schema';
export { StorageError, STORAGE_MESSAGES, toStorageError, type StorageErrorKind } from './errors';
export { getDB, closeDB, onConnectionLost } from './db';
export { onRemoteChange, notifyChange, CHANNEL_NAME, type ChangeMessage } from './broadcast';
export {
  createIncident,
  getIncident,
  updateIncidentStatus,
  renameIncident,
  setIncidentTypes,
  setDiscoveredAt,
  moveToTrash,
  restoreFromTrash,
  listTrash,
  purgeTrash,
  TRASH_DAYS,
  type NewIncident,
} from './incidents';
export {
  listIncidents,
  type IncidentCursor,
  type IncidentPage,
  type IncidentSummary,
} from './list';
export { countIncidents } from './count';
export { putField, listFields, type FieldSave } from './fields';
export { putDraft, deleteDraft, listDrafts } from './drafts';
export { setProgress, listProgress, type ProgressInput, type ProgressSaved } from './progress';
export { appendTimeline, listTimeline } from './timeline';
export {
  getSetting,
  setSetting,
  getResponderName,
  setResponderName,
  getLanguageChoice,
  setLanguageChoice,
} from './settings';
export type { DrillDebrief } from './drill-debriefs';
export {
  loadIncidentView,
  listOlderTimeline,
  type IncidentView,
  type TimelineCursor,
  type TimelinePage,
} from './timeline-page';
export { loadIncidentSnapshot, type IncidentSnapshot } from './snapshot';
export { requestPersistence, getStorageInfo, type StorageInfo } from './persistence';
export {
  listPrep,
  loadPrepProfile,
  putPrep,
  toPrepProfile,
  type PrepInput,
  type PrepProfile,
} from './prep';
export {
  CONTACT_ROLES,
  type CompanyProfile,
  type ContactRole,
  type PrepContact,
  type PrepRecord,
  type ReadinessCheck,
  type SystemsProfile,
  type YesNo,
} from './prep-schema';
