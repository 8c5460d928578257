import { GUIDE_TOC } from './toc';
import './guide.css';

/** 手引き: the table of contents of the guide, and a way into search. */
export default function GuidePage() {
  return (
    <>
      <h1>手引き</h1>
      <p class="muted">中小企業のためのセキュリティインシデント対応の手引き（IPA）</p>
      <p>
        <a class="button block" href="/search">
          手引きを検索
        </a>
      </p>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">目次</h2>
        <ol class="toc">
          {GUIDE_TOC.map((e) => (
            <li key={e.id}>
              <a href={e.href}>{e.title}</a>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
