// The storage API: the only door to IndexedDB. Import from 'src/storage' (this file).
export type {
  Incident,
  IncidentStatus,
  FieldValue,
  ProgressEntry,
  TimelineEntry,
  ReportingEntry,
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
export { putField, listFields } from './fields';
export { setProgress, listProgress, type ProgressInput } from './progress';
export { appendTimeline, listTimeline } from './timeline';
export { getSetting, setSetting, getResponderName, setResponderName } from './settings';
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
