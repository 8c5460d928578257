import { create } from 'zustand';
import { createPwaSlice, type PwaSlice } from '../pwa/slice';
import { createIncidentsSlice, type IncidentsSlice } from '../features/incidents/slice';
import { createIncidentListSlice, type IncidentListSlice } from '../features/incidents/list-slice';
import { createReportingSlice, type ReportingSlice } from '../features/reporting/slice';
import { createExportSlice, type ExportSlice } from '../features/export/slice';
import { createHomeSlice, type HomeSlice } from '../features/home/slice';
import { createPrepSlice, type PrepSlice } from '../features/prep/slice';

/** Everything the views read; each feature contributes one slice. */
export type AppState = PwaSlice &
  IncidentsSlice &
  IncidentListSlice &
  ReportingSlice &
  ExportSlice &
  HomeSlice &
  PrepSlice;

/** How a feature slice updates the store (zustand's set, narrowed to AppState). */
export type SetState = (
  partial: Partial<AppState> | ((state: AppState) => Partial<AppState>),
) => void;
/** A feature's slice factory: gets set/get, returns its part of the state. */
export type SliceCreator<T> = (set: SetState, get: () => AppState) => T;

/** The one store of the app; the only module that imports zustand. */
export const useStore = create<AppState>()((set, get) => ({
  ...createPwaSlice(set, get),
  ...createIncidentsSlice(set, get),
  ...createIncidentListSlice(set, get),
  ...createReportingSlice(set, get),
  ...createExportSlice(set, get),
  ...createHomeSlice(set, get),
  ...createPrepSlice(set, get),
}));
