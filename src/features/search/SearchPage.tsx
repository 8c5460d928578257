import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { loadAll } from '../../content/load';
import { createSearchIndex, search, suggest } from '../../content/search';
import { Highlight } from '../../ui/Highlight';
import { useLoad } from '../../ui/useLoad';
import { placeLabel, rankResults, resultHref } from './place';
import { SCREENS } from './screens';
import '../../ui/guidance.css';
import './search.css';

const LIMIT = 50;

// The index is built after the content chunks arrive, in a later task so typing stays smooth.
const loadIndex = async () => {
  const content = await loadAll();
  await new Promise((r) => setTimeout(r, 0));
  return { content, index: createSearchIndex(content.files, SCREENS) };
};

/** Search across all guidance, offline; results as you type, matches marked. */
export default function SearchPage() {
  const { query } = useLocation();
  const [text, setText] = useState(query.q ?? '');
  const [term, setTerm] = useState(text);
  const state = useLoad('search-index', loadIndex, { suspend: false });

  useEffect(() => {
    const timer = setTimeout(() => {
      setTerm(text);
      // Keep the query in the address so 「戻る」 from a result comes back to it.
      const url = text ? `/search?q=${encodeURIComponent(text)}` : '/search';
      history.replaceState(history.state, '', url);
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const all = useMemo(
    () => (state.status === 'ready' ? rankResults(search(state.data.index, term, 1000)) : []),
    [state, term],
  );
  const results = all.slice(0, LIMIT);
  const maybe =
    state.status === 'ready' && term.trim() && !all.length ? suggest(state.data.index, term) : [];

  const status = statusText(state.status, term, all.length);

  return (
    <>
      <h1>手引きを検索</h1>
      <form class="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-q">調べたい言葉</label>
        <input
          id="search-q"
          type="search"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder="例：警察に相談、なくした、バックアップ"
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      <p role="status" class="search-status">
        {status}
      </p>
      {maybe.length > 0 && (
        <p class="search-maybe">
          もしかして：
          {maybe.map((w) => (
            <button key={w} type="button" class="button" onClick={() => setText(w)}>
              {w}
            </button>
          ))}
        </p>
      )}
      {state.status === 'ready' && results.length > 0 && (
        <ol class="results">
          {results.map((r) => (
            <li key={`${r.playbookId}:${r.path}`}>
              <a href={resultHref(r)}>
                <span class="result-place">{placeLabel(r, state.data.content)}</span>
                <span class="result-text">
                  <Highlight text={r.text} ranges={r.ranges} />
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function statusText(load: 'loading' | 'ready' | 'error', term: string, count: number): string {
  if (load === 'error') return '検索の準備ができませんでした。もう一度開いてください。';
  if (!term.trim()) return '';
  if (load === 'loading') return '検索の準備中…';
  if (!count) return `「${term}」は見つかりませんでした。`;
  return `${count}件見つかりました。${count > LIMIT ? `関係の深い${LIMIT}件を表示しています。` : ''}`;
}
