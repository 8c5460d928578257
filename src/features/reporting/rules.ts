/**
 * The reporting rules as the app uses them. The source of truth is
 * playbooks/reporting-rules.yaml; rules.generated.json is its validated copy, kept in step
 * by rules-data.test.ts (regenerate with `UPDATE_RULES=1 npx vitest run src/features/reporting/rules-data.test.ts`)
 * until the playbooks build plugin compiles this kind too.
 */
import type { ReportingRules } from './rules-schema';
import data from './rules.generated.json';

/** The validated reporting rules (destinations, conditions, deadlines, sources). */
export const reportingRules = data as unknown as ReportingRules;
