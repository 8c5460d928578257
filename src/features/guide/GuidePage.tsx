import { GUIDE_TOC } from './toc';
import './guide.css';
import { useMessages } from '../../i18n/active';
import { guideDoc } from '../../i18n/ja/guide-doc';

/** 手引き: the table of contents of the guide, and a way into search. */
export default function GuidePage() {
  const m = useMessages(guideDoc);
  return (
    <>
      <h1>{m.title}</h1>
      <p class="muted">{m.source}</p>
      <p>
        <a class="button block" href="/search">
          {m.search}
        </a>
      </p>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">{m.toc}</h2>
        <ol class="toc">
          {GUIDE_TOC.map((e) => (
            <li key={e.id}>
              <a href={e.href}>{m.parts[e.id]}</a>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
