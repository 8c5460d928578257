/**
 * Valibot schemas for playbooks/*.yaml and the TypeScript types inferred from them.
 * Runs at build time (yaml-plugin) and in tests; the browser imports only the types.
 */
import * as v from 'valibot';
import { ID_PATTERN, PHASE_IDS, RECORD_ITEM_IDS, SECTION_KINDS } from './model';

export * from './model';

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be kebab-case'));
const Plain = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/**
 * A sentence: the Japanese text, or the text with its renderings `{ ja, en, easy }` (every
 * one present and non-empty). The output is the Japanese text either way, so the compiled
 * playbook keeps its shape; the renderings are compiled apart (renderings.ts).
 */
export const RenderedText = v.pipe(
  v.strictObject({ ja: Plain, en: Plain, easy: Plain }),
  v.transform((r) => r.ja),
);
// Chosen by the input's type, so an issue names the rendering's own key (e.g. `….easy`).
const Text = v.lazy((input) =>
  input !== null && typeof input === 'object' ? RenderedText : Plain,
);
const Texts = v.array(Text);
const IdList = v.pipe(v.array(Id), v.nonEmpty('must not be empty'));
const Url = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be https'));

export const PhaseIdSchema = v.picklist(PHASE_IDS);

export const SectionKindSchema = v.picklist(SECTION_KINDS);

/** Where a fact beyond the guide comes from: URL or law article, and ISO date checked. */
export const SourceSchema = v.strictObject({
  source: Plain,
  asOf: v.pipe(v.string(), v.isoDate()),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const ChecklistItemSchema = v.strictObject({
  id: Id,
  /** The guide's sentence (one action). */
  text: Text,
  /** Further sentences / sub-bullets of the guide for this item. */
  detail: v.optional(Texts),
  /** Ids of notes (※1..※4) this item refers to. */
  notes: v.optional(IdList),
  /** Ids of contacts this item says to report to or consult. */
  contacts: v.optional(IdList),
  /** Id of the cause (of this playbook) this item is specific to. */
  cause: v.optional(Id),
  /** Id of an equivalent item of another incident playbook (virus/ransomware share a part of the guide); merged checklists show it once. */
  sameAs: v.optional(Id),
  /** Optional tip beyond the guide, always with source and date. */
  extra: v.optional(v.strictObject({ ...SourceSchema.entries, text: Text })),
  /** True for a sentence that only states a fact (e.g. how an incident is found): shown as text, nothing to tick, not counted. */
  info: v.optional(v.literal(true)),
  /** True when the item refers to 「インシデント対応時に整理しておくべき事項」: an incident links it to its record. */
  recordItems: v.optional(v.literal(true)),
});
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;

/** A boxed ＜参考＞ block of the guide. */
export const RefBlockSchema = v.strictObject({
  title: Text,
  lines: v.pipe(Texts, v.nonEmpty()),
  /** Id of the item (of the same section) after which the guide shows the block. */
  after: v.optional(Id),
});
export type RefBlock = v.InferOutput<typeof RefBlockSchema>;

export const SectionSchema = v.strictObject({
  id: Id,
  kind: SectionKindSchema,
  title: Text,
  items: v.array(ChecklistItemSchema),
  /** Ids of 基本ステップ items that apply here, shown before the own items. */
  basic: v.optional(IdList),
  refs: v.optional(v.array(RefBlockSchema)),
});
export type Section = v.InferOutput<typeof SectionSchema>;

export const PhaseSchema = v.strictObject({
  id: Id,
  phase: PhaseIdSchema,
  title: Text,
  sections: v.pipe(v.array(SectionSchema), v.nonEmpty()),
});
export type Phase = v.InferOutput<typeof PhaseSchema>;

/** The one most urgent action, first on the screen (「まず、すぐに」). */
export const UrgentSchema = v.strictObject({
  text: Text,
  detail: v.optional(Text),
  /** Id of this playbook's checklist item that the action is (ticked together with it). */
  item: v.optional(Id),
  /** The causes `detail` speaks of: it is left out when only other causes are chosen. */
  detailFor: v.optional(IdList),
});
export type Urgent = v.InferOutput<typeof UrgentSchema>;

export const CauseSchema = v.strictObject({
  id: Id,
  title: Text,
  /** The most urgent action for this cause; replaces the playbook's `urgent` when the cause is chosen. */
  urgent: v.optional(UrgentSchema),
});
export type Cause = v.InferOutput<typeof CauseSchema>;

const incidentEntries = {
  id: Id,
  title: Text,
  shortTitle: Text,
  /** The heading of the guide's part, when the part covers more than this playbook. */
  part: v.optional(Text),
  order: v.pipe(v.number(), v.integer()),
  lead: Texts,
  /** Ids of notes (※) the lead refers to. */
  notes: v.optional(IdList),
  /** The one most urgent action, for the first screen. */
  urgent: v.optional(UrgentSchema),
  causes: v.optional(v.pipe(v.array(CauseSchema), v.nonEmpty())),
  phases: v.pipe(v.array(PhaseSchema), v.length(3, 'must have the phases detect, report, recover')),
};
export const IncidentTypeSchema = v.strictObject({
  kind: v.literal('incident-type'),
  ...incidentEntries,
});
export const BasicStepsSchema = v.strictObject({ kind: v.literal('basic'), ...incidentEntries });
/** 基本ステップ (kind 'basic') or one incident type (kind 'incident-type'). */
export type IncidentPlaybook =
  v.InferOutput<typeof IncidentTypeSchema> | v.InferOutput<typeof BasicStepsSchema>;

export const IntroSchema = v.strictObject({
  kind: v.literal('intro'),
  id: Id,
  title: Text,
  audience: v.optional(Text),
  sections: v.array(
    v.strictObject({ id: Id, title: Text, paragraphs: Texts, list: v.optional(Texts) }),
  ),
});
export type Intro = v.InferOutput<typeof IntroSchema>;

export const RecordItemsSchema = v.strictObject({
  kind: v.literal('record-items'),
  id: Id,
  title: Text,
  intro: v.optional(Text),
  items: v.array(v.strictObject({ id: v.picklist(RECORD_ITEM_IDS), label: Text, help: Text })),
  fiveW1H: v.array(v.strictObject({ id: Id, label: Text, help: v.optional(Text) })),
});
export type RecordItems = v.InferOutput<typeof RecordItemsSchema>;
export type RecordItem = RecordItems['items'][number];

export const NoteSchema = v.strictObject({
  id: Id,
  /** The mark, e.g. ※1. */
  mark: Text,
  title: Text,
  /** The heading as the guide prints it (mark and title), e.g. 「※1 ランサムウェア」. */
  heading: v.optional(Text),
  body: Texts,
});
export type Note = v.InferOutput<typeof NoteSchema>;
export const NotesSchema = v.strictObject({
  kind: v.literal('notes'),
  id: Id,
  title: Text,
  notes: v.array(NoteSchema),
});
export type Notes = v.InferOutput<typeof NotesSchema>;

export const ContactSchema = v.strictObject({
  id: Id,
  org: Text,
  service: Text,
  description: Text,
  email: v.optional(v.pipe(v.string(), v.email())),
  url: Url,
  /** What to use it for, in short Japanese phrases. */
  purposes: v.pipe(Texts, v.nonEmpty()),
});
export type Contact = v.InferOutput<typeof ContactSchema>;
export const ContactGroupSchema = v.strictObject({
  id: Id,
  title: Text,
  contacts: v.pipe(v.array(ContactSchema), v.nonEmpty()),
});
export type ContactGroup = v.InferOutput<typeof ContactGroupSchema>;
export const ContactsSchema = v.strictObject({
  kind: v.literal('contacts'),
  id: Id,
  title: Text,
  intro: Texts,
  /** What to have ready before contacting anyone. */
  prepare: Texts,
  groups: v.array(ContactGroupSchema),
});
export type Contacts = v.InferOutput<typeof ContactsSchema>;

export const ReferenceSchema = v.strictObject({
  id: Id,
  title: Text,
  publisher: v.optional(Text),
  description: Text,
  url: Url,
});
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export const ReferencesSchema = v.strictObject({
  kind: v.literal('references'),
  id: Id,
  title: Text,
  items: v.array(ReferenceSchema),
});
export type References = v.InferOutput<typeof ReferencesSchema>;

export const TriageCueSchema = v.strictObject({
  id: Id,
  text: Text,
  /** Id of the playbook (incident type or basic) this cue leads to. */
  playbook: Id,
  /** Id of a cause of that playbook. */
  cause: v.optional(Id),
});
export type TriageCue = v.InferOutput<typeof TriageCueSchema>;
export const TriageSchema = v.strictObject({
  kind: v.literal('triage'),
  id: Id,
  title: Text,
  intro: Text,
  cues: v.pipe(v.array(TriageCueSchema), v.nonEmpty()),
});
export type Triage = v.InferOutput<typeof TriageSchema>;

/** Any file of playbooks/, told apart by its top-level `kind`. */
export const PlaybookFileSchema = v.variant('kind', [
  IncidentTypeSchema,
  BasicStepsSchema,
  IntroSchema,
  RecordItemsSchema,
  NotesSchema,
  ContactsSchema,
  ReferencesSchema,
  TriageSchema,
]);
export type PlaybookFile = v.InferOutput<typeof PlaybookFileSchema>;
export type PlaybookKind = PlaybookFile['kind'];
