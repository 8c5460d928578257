/**
 * Valibot schema of playbooks/reporting-rules.yaml (kind 'reporting-rules'): the
 * reporting destinations, their conditions, exemptions and deadlines, each with a source.
 */
import * as v from 'valibot';
import { ANSWERS, QUESTION_IDS } from './questions';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const IsoDate = v.pipe(v.string(), v.isoDate());

/**
 * Where a fact comes from; `verified: false` when not checked against its official text.
 * `note` is for maintainers only (what was checked, where): never copied to the screen.
 */
const sourced = {
  source: Text,
  asOf: IsoDate,
  verified: v.optional(v.boolean()),
  note: v.optional(Text),
};

/** A condition on the answers (or on another destination applying). */
export type Condition =
  | { q: (typeof QUESTION_IDS)[number]; is: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { dest: string };

const AnswerValue = v.picklist(ANSWERS);

/** Checks a condition of reporting-rules.yaml (recursive: all / any / dest). */
export const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.strictObject({ q: v.picklist(QUESTION_IDS), is: v.pipe(v.array(AnswerValue), v.nonEmpty()) }),
  v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.nonEmpty()) }),
  v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.nonEmpty()) }),
  v.strictObject({ dest: Id }),
]);

export const RuleSchema = v.strictObject({ id: Id, text: Text, when: ConditionSchema, ...sourced });
export type Rule = v.InferOutput<typeof RuleSchema>;

/** Whether a deadline is set by law, a guideline's target, the guide's advice, or nothing. */
export const BASES = ['law', 'guideline', 'guide', 'none'] as const;
export type Basis = (typeof BASES)[number];

export const DeadlineRuleSchema = v.strictObject({
  id: Id,
  label: Text,
  text: Text,
  /** Calendar days after the day of 発覚 (JST); absent when there is no date. */
  days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Longer periods when a given criterion matched (e.g. 60 days for the unlawful purpose). */
  daysWhen: v.optional(
    v.array(
      v.strictObject({ criterion: Id, days: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    ),
  ),
  basis: v.picklist(BASES),
  ...sourced,
});
export type DeadlineRule = v.InferOutput<typeof DeadlineRuleSchema>;

/** 'report': a report or notification to an authority or partner; 'action': something to do (not a report). */
export const KINDS = ['report', 'action'] as const;
export type DestinationKind = (typeof KINDS)[number];

/** Checks one destination of reporting-rules.yaml: whom to tell, when it applies, by when. */
export const DestinationSchema = v.strictObject({
  id: Id,
  title: Text,
  /** Display only: whether 「報告不要」 or 「今回は不要」 is said when it does not apply (default 'report'). */
  kind: v.optional(v.picklist(KINDS)),
  /** Id of a contact in playbooks/contacts.yaml. */
  contact: v.optional(Id),
  /** A form the person may open (a link; never fetched by the app). */
  formUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /** The form link's words. */
  formLabel: v.optional(Text),
  /** Facts to know when it applies (where to file, who answers questions, law not yet in force). */
  notices: v.optional(v.array(v.strictObject({ id: Id, text: Text, ...sourced }))),
  /** Any matching criterion makes the destination apply. */
  criteria: v.pipe(v.array(RuleSchema), v.nonEmpty()),
  /** Any matching exemption makes it not apply, whatever the criteria. */
  exemptions: v.optional(v.array(RuleSchema)),
  /** Why it does not apply, when no criterion matched. */
  notApplicable: Text,
  deadlines: v.pipe(v.array(DeadlineRuleSchema), v.nonEmpty()),
});
export type Destination = v.InferOutput<typeof DestinationSchema>;

export const ReportingRulesSchema = v.strictObject({
  kind: v.literal('reporting-rules'),
  id: v.literal('reporting-rules'),
  asOf: IsoDate,
  dayCount: v.strictObject({ text: Text, ...sourced }),
  destinations: v.pipe(v.array(DestinationSchema), v.nonEmpty()),
});
export type ReportingRules = v.InferOutput<typeof ReportingRulesSchema>;

/** Checks references inside the file (dest, daysWhen criteria, unique ids); returns problems. */
export function checkRules(rules: ReportingRules, contactIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const destIds = new Set(rules.destinations.map((d) => d.id));
  const visit = (c: Condition, at: string) => {
    if ('dest' in c && !destIds.has(c.dest))
      problems.push(`${at}: unknown destination "${c.dest}"`);
    if ('all' in c) c.all.forEach((x, i) => visit(x, `${at}.all.${i}`));
    if ('any' in c) c.any.forEach((x, i) => visit(x, `${at}.any.${i}`));
  };
  rules.destinations.forEach((d, di) => {
    const at = `destinations.${di}`;
    const own = [
      d.id,
      ...d.criteria.map((r) => r.id),
      ...(d.exemptions ?? []).map((r) => r.id),
      ...d.deadlines.map((x) => x.id),
      ...(d.notices ?? []).map((x) => x.id),
    ];
    for (const id of own) {
      if (ids.has(id)) problems.push(`${at}: duplicate id "${id}"`);
      ids.add(id);
    }
    if (d.contact && contactIds && !contactIds.has(d.contact))
      problems.push(`${at}.contact: unknown contact "${d.contact}"`);
    d.criteria.forEach((r, i) => visit(r.when, `${at}.criteria.${i}.when`));
    (d.exemptions ?? []).forEach((r, i) => visit(r.when, `${at}.exemptions.${i}.when`));
    d.deadlines.forEach((x, i) =>
      x.daysWhen?.forEach((w, j) => {
        if (!d.criteria.some((r) => r.id === w.criterion))
          problems.push(`${at}.deadlines.${i}.daysWhen.${j}: unknown criterion "${w.criterion}"`);
      }),
    );
  });
  return problems;
}

/** Build-time check of playbooks/reporting-rules.yaml (used by the playbooks plugin). */
export function assertReportingRules(data: unknown): void {
  const result = v.safeParse(ReportingRulesSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`${v.getDotPath(issue) ?? ''}: ${issue.message}`);
  }
  const problems = checkRules(result.output);
  if (problems.length) throw new Error(problems.join('; '));
}
