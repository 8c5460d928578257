import { LoadingOr } from './LoadingOr';
import { PREP_PARTS } from './PrepNav';
import { readiness } from './checks';
import { usePrep } from './usePrep';
import { ReplacedPrepList } from './ReplacedPrepList';
import '../../ui/records.css';
import './prep.css';

/** 平時の備え: what the company prepares in calm times, and how far it has got. */
export default function PrepPage() {
  const { prep, error } = usePrep();
  return (
    <>
      <h1>平時の備え</h1>
      <p>
        落ち着いているときに10分ほどで入力しておくと、インシデントのときに自社の連絡先へすぐ電話でき、記録や報告の下書きに会社の情報が入ります。入力した内容はこの端末の中だけに保存されます。
      </p>
      <LoadingOr prep={prep} error={error}>
        {(p) => {
          const { score, total } = readiness(p, p.check?.answers ?? {});
          return (
            <p class="prep-score">
              備えの点検: {total}項目のうち {score}項目ができています。
            </p>
          );
        }}
      </LoadingOr>
      <ReplacedPrepList />
      <ul class="prep-parts">
        {PREP_PARTS.map((part) => (
          <li key={part.path}>
            <a class="button block" href={part.path}>
              {part.label}
            </a>
          </li>
        ))}
      </ul>
      <h2>訓練</h2>
      <p>台本に沿って、インシデントの対応をこのアプリで練習できます。</p>
      <a class="button block" href="/drills">
        訓練をする
      </a>
    </>
  );
}
