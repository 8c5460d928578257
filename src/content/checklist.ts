/**
 * The merged checklist for the incident types someone picked: per phase and section,
 * the applicable basic steps first, then each type's own items, each tagged with the
 * playbook it comes from. Pure: no I/O, no DOM.
 */
import type { ChecklistItem, IncidentPlaybook, PlaybookFile, RefBlock, Urgent } from './schema';
import {
  PHASE_IDS,
  PHASE_TITLES,
  SECTION_KINDS,
  SECTION_PHASE,
  SECTION_TITLES,
  isIncidentPlaybook,
  type PhaseId,
  type SectionKind,
} from './model';

/** A checklist item with the playbook it comes from. */
export interface MergedItem extends ChecklistItem {
  /** Id of the playbook that defines the item ('basic' for 基本ステップ). */
  playbookId: string;
  /** That playbook's shortTitle, e.g. 「基本ステップ」 or 「ランサムウェア」. */
  playbookShortTitle: string;
}

/** One section kind, merged over the chosen playbooks. */
export interface MergedSection {
  kind: SectionKind;
  title: string;
  /** Ids of the playbook sections merged here (stable anchors). */
  sectionIds: string[];
  items: MergedItem[];
  /** ＜参考＞ blocks of the merged sections, with the playbook they come from. */
  refs: (RefBlock & { playbookId: string })[];
}

/** One phase of the merged checklist. */
export interface MergedPhase {
  phase: PhaseId;
  title: string;
  sections: MergedSection[];
}

/** The merged checklist: the three phases in order (a phase with no items is left out). */
export type Checklist = MergedPhase[];

/**
 * Merges the checklist for `typeIds` (incident-type ids, or 'basic' for the basic steps
 * alone; empty means 'basic'). `playbooks` must include the basic steps. Items specific
 * to a cause are kept only when that cause is in `causes`, or when no cause is chosen;
 * when a cause is chosen, its items lead the 初動対応 section.
 */
export function checklistFor(
  playbooks: readonly PlaybookFile[],
  typeIds: readonly string[],
  causes?: readonly string[],
): Checklist {
  const all = playbooks.filter(isIncidentPlaybook);
  const basic = all.find((p) => p.kind === 'basic');
  if (!basic) throw new Error('checklistFor: the basic steps are missing');
  const ids = typeIds.length ? typeIds : [basic.id];
  const chosen = ids
    .map((id) => all.find((p) => p.id === id) ?? fail(id))
    .sort((a, b) => a.order - b.order);
  const keep = (it: ChecklistItem) => !it.cause || !causes?.length || causes.includes(it.cause);
  const basicItems = new Map(
    basic.phases.flatMap((ph) => ph.sections.flatMap((s) => s.items.map((it) => [it.id, it]))),
  );

  const phases: Checklist = [];
  for (const phase of PHASE_IDS) {
    const sections: MergedSection[] = [];
    for (const kind of SECTION_KINDS.filter((k) => SECTION_PHASE[k] === phase)) {
      const parts = chosen.flatMap((pb) => sectionsOf(pb, kind).map((s) => ({ pb, s })));
      if (!parts.length) continue;
      const items: MergedItem[] = [];
      const seen = new Set<string>();
      const add = (it: ChecklistItem, pb: IncidentPlaybook) => {
        const key = it.sameAs ?? it.id;
        if (seen.has(key) || seen.has(it.id) || !keep(it)) return;
        seen.add(key).add(it.id);
        items.push({ ...it, playbookId: pb.id, playbookShortTitle: pb.shortTitle });
      };
      // Basic steps first, in the basic playbook's order, then each type's own items.
      const wanted = new Set(parts.flatMap(({ s }) => s.basic ?? []));
      for (const [id, it] of basicItems) if (wanted.has(id)) add(it, basic);
      for (const { pb, s } of parts) for (const it of s.items) add(it, pb);
      if (!items.length) continue;
      // The chosen cause's first response is what to do right now: before the general ones.
      const ordered =
        kind === 'first-response' && causes?.length
          ? [...items.filter((it) => it.cause), ...items.filter((it) => !it.cause)]
          : items;
      sections.push({
        kind,
        title: SECTION_TITLES[kind],
        sectionIds: parts.map(({ s }) => s.id),
        items: ordered,
        refs: parts.flatMap(({ pb, s }) =>
          (s.refs ?? []).map((r) => ({ ...r, playbookId: pb.id })),
        ),
      });
    }
    if (sections.length) phases.push({ phase, title: PHASE_TITLES[phase], sections });
  }
  return phases;
}

/** One urgent first action, with the playbook (and cause) it comes from. */
export interface UrgentItem extends Urgent {
  playbookId: string;
  /** Id of the cause whose own urgent action this is. */
  causeId?: string;
  /** The twin item's merge key (its `sameAs`, else its id): see twinItemId. */
  itemKey?: string;
  /** The twin item's advice beyond the guide (with source and date), e.g. how to cut the network. */
  extra?: ChecklistItem['extra'];
}

/**
 * The urgent first actions of the chosen playbooks, deduplicated by text. For a playbook
 * with chosen causes, each chosen cause's own `urgent` (the playbook's when the cause has
 * none); otherwise the playbook's `urgent`.
 */
export function urgentFor(
  playbooks: readonly PlaybookFile[],
  typeIds: readonly string[],
  causes?: readonly string[],
): UrgentItem[] {
  const out: UrgentItem[] = [];
  for (const pb of playbooks.filter(isIncidentPlaybook).sort((a, b) => a.order - b.order)) {
    if (!typeIds.includes(pb.id)) continue;
    const add = (u: UrgentItem) => {
      if (out.some((o) => o.text === u.text)) return;
      const twin = u.item && itemsOf(pb).find((it) => it.id === u.item);
      const full: UrgentItem = twin ? { ...u, itemKey: twin.sameAs ?? twin.id } : { ...u };
      if (twin && twin.extra) full.extra = twin.extra;
      out.push(full);
    };
    // The playbook's own action for a chosen cause without one: its detail may be about
    // other causes (the cautions of 不正アクセス and 誤送信 are no help after a 紛失).
    const general = (chosen: readonly { id: string }[]): Urgent | undefined => {
      const u = pb.urgent;
      if (!u?.detailFor || chosen.some((c) => u.detailFor!.includes(c.id))) return u;
      return { text: u.text, item: u.item };
    };
    const chosen = (pb.causes ?? []).filter((c) => causes?.includes(c.id));
    if (!chosen.length && pb.urgent) add({ playbookId: pb.id, ...pb.urgent });
    const fallback = general(chosen);
    for (const c of chosen) {
      if (c.urgent) add({ playbookId: pb.id, causeId: c.id, ...c.urgent });
      else if (fallback) add({ playbookId: pb.id, ...fallback });
    }
  }
  return out;
}

/**
 * The id, in this merged checklist, of the item an urgent action is: the same stored
 * progress entry, so ticking one ticks the other. Undefined when it is not in the list.
 */
export function twinItemId(list: Checklist, urgent: UrgentItem): string | undefined {
  if (!urgent.itemKey) return undefined;
  for (const phase of list)
    for (const s of phase.sections)
      for (const it of s.items)
        if (!it.info && (it.id === urgent.item || (it.sameAs ?? it.id) === urgent.itemKey))
          return it.id;
  return undefined;
}

const itemsOf = (pb: IncidentPlaybook) =>
  pb.phases.flatMap((ph) => ph.sections.flatMap((s) => s.items));

/** The ids of one phase's items to tick (info items left out). */
export const phaseItemIds = (phase: MergedPhase): string[] =>
  phase.sections.flatMap((s) => s.items.filter((it) => !it.info).map((it) => it.id));

/** The ids of the items to tick (info items left out), in order: what progress counts. */
export const checklistItemIds = (list: Checklist): string[] => list.flatMap(phaseItemIds);

const sectionsOf = (pb: IncidentPlaybook, kind: SectionKind) =>
  pb.phases.flatMap((ph) => ph.sections.filter((s) => s.kind === kind));

function fail(id: string): never {
  throw new Error(`checklistFor: unknown playbook "${id}"`);
}
