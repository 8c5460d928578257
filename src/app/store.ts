import { createStore } from 'zustand/vanilla';
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { createPwaSlice, type PwaSlice } from '../pwa/slice';
import { createIncidentsSlice, type IncidentsSlice } from '../features/incidents/slice';
import { createIncidentListSlice, type IncidentListSlice } from '../features/incidents/list-slice';
import { createReportingSlice, type ReportingSlice } from '../features/reporting/slice';
import { createExportSlice, type ExportSlice } from '../features/export/slice';
import { createPrepSlice, type PrepSlice } from '../features/prep/slice';
import { createLanguageSlice, type LanguageSlice } from '../features/settings/language-slice';

/** Everything the views read; each feature contributes one slice. */
export type AppState = PwaSlice &
  IncidentsSlice &
  IncidentListSlice &
  ReportingSlice &
  ExportSlice &
  PrepSlice &
  LanguageSlice;

/** How a feature slice updates the store (zustand's set, narrowed to AppState). */
export type SetState = (
  partial: Partial<AppState> | ((state: AppState) => Partial<AppState>),
) => void;
/** A feature's slice factory: gets set/get, returns its part of the state. */
export type SliceCreator<T> = (set: SetState, get: () => AppState) => T;

/** The one store of the app; the only module that imports zustand. */
const store = createStore<AppState>()((set, get) => ({
  ...createPwaSlice(set, get),
  ...createIncidentsSlice(set, get),
  ...createIncidentListSlice(set, get),
  ...createReportingSlice(set, get),
  ...createExportSlice(set, get),
  ...createPrepSlice(set, get),
  ...createLanguageSlice(set, get),
}));

const whole = (state: AppState) => state as never;

/**
 * Reads the store in a component, re-rendering when the selected value changes (Object.is).
 * Zustand's own hook would bring preact/compat (its `react` import) into the first load; this
 * one uses preact/hooks, with the same checks as useSyncExternalStore.
 */
function useSelected<T>(selector: (state: AppState) => T = whole): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = selector(store.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useEffect(() => {
    const check = () => {
      const { selector: select, selected: shown } = latest.current;
      if (!Object.is(select(store.getState()), shown)) rerender(0);
    };
    check(); // a change between the render and this subscription
    return store.subscribe(check);
  }, []);
  return selected;
}

/** The store as a hook (`useStore(selector)`) with zustand's API (getState, setState, subscribe). */
export const useStore = Object.assign(useSelected, store);
