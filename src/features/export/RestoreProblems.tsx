import type { ComponentChildren } from 'preact';
import type { RecordProblem } from '../../export/backup/check';
import { describeProblem } from '../../export/backup/problems';
import { useMessages } from '../../i18n/active';
import { exportBackup } from '../../i18n/ja/export-backup';

/** Problems listed one by one; more than this are summed up as 「ほか N 件」. */
const SHOWN = 20;
const count = (n: number) => n.toLocaleString('ja-JP');

/**
 * A message with `{name}` slots filled: `{what}` with our own words, `{title}` with text from
 * the file, isolated (<bdi>) so that it cannot reorder the line around it.
 */
function Filled({ template, values }: { template: string; values: Record<string, string> }) {
  const parts: ComponentChildren[] = template
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? part : part === 'what' ? values[part] : <bdi key={i}>{values[part]}</bdi>,
    );
  return <>{parts}</>;
}

/** One record that will not be restored, named; text from the file is bidi-isolated. */
function ProblemLine({ problem }: { problem: RecordProblem }) {
  const m = useMessages(exportBackup);
  const { what, title, reason } = describeProblem(problem, m);
  const incident = problem.store === 'incidents';
  return (
    <li>
      {!title ? (
        m.problemNth(what, problem.index + 1)
      ) : (
        <Filled template={incident ? m.problemNamed : m.problemOfRecord} values={{ what, title }} />
      )}
      {m.problemReason}
      {reason}
    </li>
  );
}

/** The records of a file that will not be restored, named, with 「ほか N 件」 beyond 20. */
export function RestoreProblems({ problems }: { problems: RecordProblem[] }) {
  const m = useMessages(exportBackup);
  return (
    <div class="restore-problems">
      <p>{m.problemsHeading(count(problems.length))}</p>
      <ul>
        {problems.slice(0, SHOWN).map((p) => (
          <ProblemLine key={`${p.store}-${p.index}`} problem={p} />
        ))}
      </ul>
      {problems.length > SHOWN && <p>{m.problemsMore(count(problems.length - SHOWN))}</p>}
    </div>
  );
}
