/** The drill pages, in one lazy chunk with the scenarios (see routes.tsx). */
export { default as DrillsPage } from './DrillsPage';
export { default as DrillRunPage } from './DrillRunPage';
export { default as DebriefPage } from './DebriefPage';
