/**
 * The reporting rules as the app uses them: playbooks/reporting-rules.yaml, compiled and
 * validated at build time by the playbooks plugin (assertReportingRules in vite.config.ts).
 */
import type { ReportingRules } from './rules-schema';
import data from '../../../playbooks/reporting-rules.yaml';

/** The validated reporting rules (destinations, conditions, deadlines, sources). */
export const reportingRules = data as ReportingRules;
