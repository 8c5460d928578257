import type { RecordProblem } from '../../export/backup/check';
import { describeProblem } from '../../export/backup/problems';

/** Problems listed one by one; more than this are summed up as 「ほか N 件」. */
const SHOWN = 20;

/** One record that will not be restored, named; text from the file is bidi-isolated. */
function ProblemLine({ problem }: { problem: RecordProblem }) {
  const { what, title, key, reason, detail } = describeProblem(problem);
  const [before, after = ''] = reason.split('{id}');
  return (
    <li>
      {problem.store === 'incidents' || !title ? (
        <>
          {what}
          {title ? (
            <>
              「<bdi>{title}</bdi>」
            </>
          ) : (
            `（${problem.index + 1}件目）`
          )}
        </>
      ) : (
        <>
          対応記録「<bdi>{title}</bdi>」の{what}
        </>
      )}
      {key && problem.store !== 'incidents' && (
        <>
          （<bdi>{key}</bdi>）
        </>
      )}
      ：{before}
      {reason.includes('{id}') && <bdi>{detail}</bdi>}
      {after}
    </li>
  );
}

/** The records of a file that will not be restored, named, with 「ほか N 件」 beyond 20. */
export function RestoreProblems({ problems }: { problems: RecordProblem[] }) {
  return (
    <div class="restore-problems">
      <p>復元しない記録（{problems.length.toLocaleString('ja-JP')}件）:</p>
      <ul>
        {problems.slice(0, SHOWN).map((p) => (
          <ProblemLine key={`${p.store}-${p.index}`} problem={p} />
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p>ほか {(problems.length - SHOWN).toLocaleString('ja-JP')} 件</p>
      )}
    </div>
  );
}
