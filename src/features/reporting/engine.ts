/**
 * The reporting rule engine: a pure function from the questionnaire's answers and the
 * incident (発覚日時, types, causes) to the list of destinations, each applying or not,
 * with reasons, sources and deadlines. 「わからない」 and unanswered questions count as
 * the cautious side and are named in the result.
 */
import type {
  Basis,
  Condition,
  DeadlineRule,
  Destination,
  DestinationKind,
  ReportingRules,
  Rule,
} from './rules-schema';
import {
  QUESTIONS,
  QUESTION_IDS,
  UNLAWFUL_SIGNS,
  toAnswer,
  type Answer,
  type QuestionId,
} from './questions';
import { dueDate } from './dates';
import { reportingRules } from './rules';
import { asksTheft, impliedAnswers } from './implied';

/** A source-backed statement (a criterion met, an exemption, or why not). */
export interface Reason {
  id: string;
  text: string;
  source: string;
  verified: boolean;
  /** For a criterion of an applying destination: met on firm answers, or only via 「わからない」. */
  state?: 'met' | 'unknown';
}

/** One deadline of an applying destination. */
export interface Deadline {
  id: string;
  label: string;
  text: string;
  basis: Basis;
  /** JST date 'YYYY-MM-DD', or null when there is no date. */
  due: string | null;
  /** The period in days behind `due`. */
  days: number | null;
  source: string;
  verified: boolean;
}

/** Something the person should know about a destination (not a condition): e.g. where a 被害届 goes. */
export interface Notice {
  id: string;
  text: string;
  source: string;
  verified: boolean;
}

/** The result for one candidate destination. */
export interface Obligation {
  destinationId: string;
  title: string;
  /** 'report' (「報告不要」 when it does not apply) or 'action' (「今回は不要」). */
  kind: DestinationKind;
  contact?: string;
  formUrl?: string;
  /** What the form link points to, e.g. 「漏えい等報告フォーム（個人情報保護委員会）」. */
  formLabel?: string;
  /** Facts to know when it applies (never a condition; maintainers' notes are never copied). */
  notices: Notice[];
  applies: boolean;
  /** Criteria met (when it applies), or the exemption / 「報告不要」 reasons (when not). */
  reasons: Reason[];
  /** True when a criterion was met but an exemption (e.g. high-level encryption) applies. */
  exempted: boolean;
  /**
   * When it applies only through 「わからない」 (answered or assumed), the questions that decide
   * it: those of the criteria with the fewest of them, and those that could still bring an
   * exemption. Empty when a criterion is met for certain.
   */
  dueToUnknown: QuestionId[];
  /** True when the destination has several alternative criteria (any one is enough). */
  alternatives: boolean;
  deadlines: Deadline[];
}

/** The answers the rules were applied to, after defaults. */
export interface EffectiveAnswers {
  values: Record<QuestionId, Answer>;
  /** Unanswered questions counted as 「わからない」. */
  assumed: QuestionId[];
  /** Unanswered questions filled in from the incident's types and causes (「種類から入力」). */
  derived: QuestionId[];
  /** Questions not asked for this incident (answered 'no' for it: e.g. 盗難 after a misdelivery). */
  notAsked: QuestionId[];
  /** Questions on screen for this incident: not 'notAsked', nor hidden by 個人情報「いいえ」. */
  asked: QuestionId[];
}

/**
 * Fills unanswered questions from the incident's types and causes, then with 'unknown'.
 * A stored answer always wins over what the 分類 implies.
 */
export function effectiveAnswers(
  answers: Partial<Record<string, string>>,
  incidentTypes: readonly string[],
  causes: readonly string[],
): EffectiveAnswers {
  const values = {} as Record<QuestionId, Answer>;
  const assumed: QuestionId[] = [];
  const derived: QuestionId[] = [];
  const notAsked: QuestionId[] = [];
  const implied = impliedAnswers(incidentTypes, causes);
  const theftAsked = asksTheft(incidentTypes, causes);
  const noPersonal = toAnswer('personal', answers.personal) === 'no';
  for (const id of QUESTION_IDS) {
    const given = toAnswer(id, answers[id]);
    if (noPersonal && QUESTIONS[id].personalOnly) values[id] = 'no';
    else if (given) values[id] = given;
    else if (implied[id]) {
      values[id] = implied[id];
      derived.push(id);
    } else if (QUESTIONS[id].lossOnly && !theftAsked) {
      values[id] = 'no';
      notAsked.push(id);
    } else {
      values[id] = 'unknown';
      assumed.push(id);
    }
  }
  // Whether stolen data is ruled out matters only while an unlawful act may be involved.
  if (UNLAWFUL_SIGNS.every((id) => values[id] === 'no'))
    for (const id of assumed.filter((q) => QUESTIONS[q].unlawfulOnly)) {
      values[id] = 'no';
      assumed.splice(assumed.indexOf(id), 1);
      notAsked.push(id);
    }
  const asked = QUESTION_IDS.filter(
    (id) => !notAsked.includes(id) && !(noPersonal && QUESTIONS[id].personalOnly),
  );
  return { values, assumed, derived, notAsked, asked };
}

interface Match {
  match: boolean;
  /** Questions whose 'unknown' the match depends on. */
  unknowns: QuestionId[];
}

const union = (lists: QuestionId[][]) => [...new Set(lists.flat())];

/**
 * Evaluates the rules for one incident. `discoveredAt` is 発覚日時 (ISO 8601 with offset);
 * due dates are JST calendar dates with the day of 発覚 counted as day 1, as 通則編 3-5-3-4
 * counts them (see dates.ts dueDate and the rules' dayCount).
 */
export function evaluate(
  answers: Partial<Record<string, string>>,
  discoveredAt: string,
  incidentTypes: readonly string[],
  causes: readonly string[],
  rules: ReportingRules = reportingRules,
): Obligation[] {
  const { values } = effectiveAnswers(answers, incidentTypes, causes);
  const byId = new Map(rules.destinations.map((d) => [d.id, d]));
  const memo = new Map<string, Obligation>();

  const test = (c: Condition): Match => {
    if ('q' in c) {
      const value = values[c.q];
      const match = c.is.includes(value);
      return { match, unknowns: match && value === 'unknown' ? [c.q] : [] };
    }
    if ('dest' in c) {
      const o = destination(c.dest);
      return { match: o.applies, unknowns: o.applies ? o.dueToUnknown : [] };
    }
    if ('all' in c) {
      const parts = c.all.map(test);
      const match = parts.every((p) => p.match);
      return { match, unknowns: match ? union(parts.map((p) => p.unknowns)) : [] };
    }
    return firstSure(c.any.map(test));
  };

  function destination(id: string): Obligation {
    const cached = memo.get(id);
    if (cached) return cached;
    const d = byId.get(id);
    if (!d) throw new Error(`unknown destination "${id}"`);
    const result = decide(d);
    memo.set(id, result);
    return result;
  }

  function decide(d: Destination): Obligation {
    const base = {
      destinationId: d.id,
      title: d.title,
      kind: d.kind ?? 'report',
      alternatives: d.criteria.length > 1,
      contact: d.contact,
      formUrl: d.formUrl,
      formLabel: d.formLabel,
      notices: (d.notices ?? []).map(({ id, text, source, verified }) => ({
        id,
        text,
        source,
        verified: verified ?? true,
      })),
    };
    const met = d.criteria.map((r) => ({ rule: r, ...test(r.when) })).filter((m) => m.match);
    const exemptions = (d.exemptions ?? []).filter((r) => test(r.when).match);
    if (met.length === 0 || exemptions.length > 0) {
      return {
        ...base,
        applies: false,
        exempted: met.length > 0,
        dueToUnknown: [],
        deadlines: [],
        reasons:
          met.length > 0
            ? exemptions.map(reason)
            : [
                {
                  id: `${d.id}-not-applicable`,
                  text: d.notApplicable,
                  source: notApplicableSource(d),
                  verified: true,
                },
              ],
      };
    }
    const sure = met.filter((m) => m.unknowns.length === 0);
    // Met for certain: owed, as an exemption left unanswered counts as not applying.
    const dueToUnknown =
      sure.length > 0
        ? []
        : union([
            ...minimal(met.map((m) => m.unknowns)),
            ...(d.exemptions ?? []).map((r) => waitsOn(r.when) ?? []),
          ]);
    const sureIds = new Set(sure.map((m) => m.rule.id));
    return {
      ...base,
      applies: true,
      exempted: false,
      dueToUnknown,
      reasons: met.map((m) => ({
        ...reason(m.rule),
        state: m.unknowns.length > 0 ? ('unknown' as const) : ('met' as const),
      })),
      deadlines: d.deadlines.map((x) => deadline(x, sureIds)),
    };
  }

  /**
   * The 「わからない」 questions whose answers could still make a condition hold (an
   * exemption): null when it cannot hold whatever they are answered, [] when it holds.
   */
  function waitsOn(c: Condition): QuestionId[] | null {
    if ('q' in c) {
      const value = values[c.q];
      if (c.is.includes(value)) return [];
      return value === 'unknown' ? [c.q] : null;
    }
    if ('dest' in c) return destination(c.dest).applies ? [] : null;
    const parts = ('all' in c ? c.all : c.any).map(waitsOn);
    if ('all' in c) return parts.includes(null) ? null : union(parts as QuestionId[][]);
    const possible = parts.filter((p): p is QuestionId[] => p !== null);
    if (possible.length === 0) return null;
    return possible.some((p) => p.length === 0) ? [] : union(minimal(possible));
  }

  function deadline(x: DeadlineRule, sureIds: Set<string>): Deadline {
    // A longer period applies only when its criterion is met for certain: with
    // 「わからない」 the shorter (earlier) date is the cautious one.
    const longer = (x.daysWhen ?? []).filter((w) => sureIds.has(w.criterion)).map((w) => w.days);
    const days = x.days === undefined ? null : Math.max(x.days, ...longer);
    return {
      id: x.id,
      label: x.label,
      text: x.text,
      basis: x.basis,
      days,
      due: days === null ? null : dueDate(discoveredAt, days),
      source: x.source,
      verified: x.verified ?? true,
    };
  }

  return rules.destinations.map((d) => destination(d.id));
}

/**
 * The unknown sets no other set is a strict subset of: the questions that decide. With
 * 個人情報 alone open for one criterion, the others' 要配慮・人数… cannot change the result.
 */
function minimal(sets: QuestionId[][]): QuestionId[][] {
  const within = (a: QuestionId[], b: QuestionId[]) => a.every((q) => b.includes(q));
  return sets.filter((s) => !sets.some((t) => t.length < s.length && within(t, s)));
}

function firstSure(parts: Match[]): Match {
  const matched = parts.filter((p) => p.match);
  if (matched.length === 0) return { match: false, unknowns: [] };
  if (matched.some((p) => p.unknowns.length === 0)) return { match: true, unknowns: [] };
  return { match: true, unknowns: union(minimal(matched.map((p) => p.unknowns))) };
}

function reason(r: Rule): Reason {
  return {
    id: r.id,
    text: r.text,
    source: r.source,
    verified: r.verified ?? true,
  };
}

/** The sources of the criteria that were not met (why 「報告不要」 rests on them). */
function notApplicableSource(d: Destination): string {
  return [...new Set(d.criteria.map((r) => r.source))].join('／');
}
