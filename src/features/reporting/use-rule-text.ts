/**
 * The reporting rules' words (playbooks/reporting-rules.yaml: titles, labels, reasons) in
 * the language on screen, as plain strings for buttons, labels and the calendar file.
 * Long sentences shown as text use `<Rendered>` instead (with the 「原文」 toggle).
 */
import { useRenderings } from '../../ui/Rendered';
import { rendered } from '../../content/rendered';
import { japanese, type RuleText } from './words';

/** The rule texts' renderings in the language on screen, as a function. */
export function useRuleText(): RuleText {
  const table = useRenderings();
  return table ? (ja) => rendered(ja, table) : japanese;
}
