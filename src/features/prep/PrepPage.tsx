import { LoadingOr } from './LoadingOr';
import { PREP_PARTS } from './PrepNav';
import { readiness } from './checks';
import { usePrep } from './usePrep';
import { ReplacedPrepList } from './ReplacedPrepList';
import { useMessages } from '../../i18n/active';
import { prep as words } from '../../i18n/ja/prep';
import '../../ui/records.css';
import './prep.css';

/** 平時の備え: what the company prepares in calm times, and how far it has got. */
export default function PrepPage() {
  const { prep, error } = usePrep();
  const m = useMessages(words);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <LoadingOr prep={prep} error={error}>
        {(p) => {
          const { score, total } = readiness(p, p.check?.answers ?? {});
          return <p class="prep-score">{m.score(total, score)}</p>;
        }}
      </LoadingOr>
      <ReplacedPrepList />
      <ul class="prep-parts">
        {PREP_PARTS.map((part) => (
          <li key={part.path}>
            <a class="button block" href={part.path}>
              {m.parts[part.id]}
            </a>
          </li>
        ))}
      </ul>
      <h2>{m.drillsTitle}</h2>
      <p>{m.drillsText}</p>
      <a class="button block" href="/drills">
        {m.drillsLink}
      </a>
    </>
  );
}
