/**
 * Valibot schema of a drill scenario (playbooks/drills/*.yaml). Runs at build time and in
 * tests only; the browser imports the types from scenario-model.ts.
 */
import * as v from 'valibot';
import { ID_PATTERN } from '../../content/model';
import { RenderedText } from '../../content/schema';
import { ANSWERS, QUESTION_IDS } from '../reporting/questions';
import { CHANNELS, STEP_IDS, type Scenario } from './scenario-model';

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be kebab-case'));
const Plain = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/**
 * A display sentence: Japanese, or `{ ja, en, easy }` as in the playbooks; the output is the
 * Japanese either way (the renderings are compiled apart, see drills-plugin.ts).
 */
const Text = v.lazy((input) =>
  input !== null && typeof input === 'object' ? RenderedText : Plain,
);
const Minutes = v.pipe(v.number(), v.integer(), v.minValue(0));

const InjectSchema = v.strictObject({
  at: Minutes,
  channel: v.picklist(CHANNELS),
  text: Text,
  expect: v.optional(
    v.strictObject({
      items: v.optional(v.array(Id)),
      answers: v.optional(v.record(v.picklist(QUESTION_IDS), v.picklist(ANSWERS))),
    }),
  ),
});

/** The schema of one scenario file. */
export const ScenarioSchema = v.strictObject({
  kind: v.literal('drill'),
  id: Id,
  title: Text,
  types: v.pipe(v.array(Id), v.nonEmpty('must not be empty')),
  causes: v.optional(v.array(Id)),
  minutes: v.pipe(Minutes, v.minValue(1)),
  targets: v.optional(v.record(v.picklist(STEP_IDS), v.pipe(Minutes, v.minValue(1)))),
  injects: v.pipe(v.array(InjectSchema), v.nonEmpty('must not be empty')),
  model: v.pipe(
    v.array(
      v.strictObject({
        item: v.optional(Id),
        text: v.optional(Text),
        why: v.optional(Text),
        guide: v.optional(Text),
      }),
    ),
    v.nonEmpty('must not be empty'),
  ),
});

// The inferred type must stay assignable to the hand-written one the browser uses.
const check = (s: v.InferOutput<typeof ScenarioSchema>): Scenario => s;
void check;
