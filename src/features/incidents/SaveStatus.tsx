// Moved to src/ui (shared with 備え); kept here so imports in this feature stay short.
export { SaveStatus, type SaveState } from '../../ui/SaveStatus';
