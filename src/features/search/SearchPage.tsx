import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { loadAll } from '../../content/load';
import { loadRenderings, rendered, type Renderings } from '../../content/rendered';
import { createSearchIndex, search, suggest, type SearchResult } from '../../content/search';
import type { Content } from '../../content/model';
import { Highlight } from '../../ui/Highlight';
import { useLoad } from '../../ui/useLoad';
import { useRenderedText } from '../../ui/Rendered';
import { useLanguage, useMessages } from '../../i18n/active';
import { htmlLang, type Language } from '../../i18n/languages';
import type { MessagesOf } from '../../i18n/namespace';
import { guide } from '../../i18n/ja/guide';
import { search as messages } from '../../i18n/ja/search';
import { placeLabel, rankResults, resultHref } from './place';
import { SCREENS, screenLine, screensIn } from './screens';
import '../../ui/guidance.css';
import '../../ui/rendered.css';
import './search.css';

const LIMIT = 50;

/** The content, and in another language its renderings (none if they cannot be fetched). */
const loadContent = async (language: Language) => ({
  content: await loadAll(),
  renderings: await (loadRenderings(language) ?? Promise.resolve(null)).catch(() => null),
});

/**
 * The index in `language`: the guide's Japanese and the screens' Japanese always (a Japanese
 * query finds its place in every language), each rendered sentence and the screens in the
 * catalogue's words besides. Built in a later task than the content's arrival, so typing
 * stays smooth.
 */
function useIndex(language: Language, m: MessagesOf<(typeof messages)['ja']>) {
  const state = useLoad(`search-content:${language}`, () => loadContent(language), {
    suspend: false,
  });
  const [built, setBuilt] = useState<{ of: unknown; index: ReturnType<typeof build> } | null>(null);
  const data = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    if (!data) return;
    const timer = setTimeout(() => setBuilt({ of: data, index: build(data, language, m) }), 0);
    return () => clearTimeout(timer);
  }, [data, m]);
  const ready = built && built.of === data;
  return state.status === 'error'
    ? ({ status: 'error' } as const)
    : ready && data
      ? ({ status: 'ready', content: data.content, index: built.index } as const)
      : ({ status: 'loading' } as const);
}

function build(
  data: { content: Content; renderings: Renderings | null },
  language: Language,
  m: MessagesOf<(typeof messages)['ja']>,
) {
  const { content, renderings } = data;
  // Another language's screens first: search shows one entry per screen, the first it finds.
  const screens = language === 'ja' ? SCREENS : [...screensIn(m, language), ...SCREENS];
  return createSearchIndex(
    content.files,
    screens,
    renderings ? { lang: language, render: (ja) => rendered(ja, renderings) } : undefined,
  );
}

/** Search across all guidance, offline; results as you type, matches marked. */
export default function SearchPage() {
  const { query } = useLocation();
  const [text, setText] = useState(query.q ?? '');
  const [term, setTerm] = useState(text);
  const language = useLanguage();
  const m = useMessages(messages);
  const g = useMessages(guide);
  const renderedText = useRenderedText();
  const state = useIndex(language, m);

  useEffect(() => {
    const timer = setTimeout(() => {
      setTerm(text);
      // Keep the query in the address so 「戻る」 from a result comes back to it.
      const url = text ? `/search?q=${encodeURIComponent(text)}` : '/search';
      history.replaceState(history.state, '', url);
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const index = state.status === 'ready' ? state.index : null;
  const all = useMemo(() => (index ? rankResults(search(index, term, 1000)) : []), [index, term]);
  const results = all.slice(0, LIMIT);
  const maybe = index && term.trim() && !all.length ? suggest(index, term) : [];

  const status = statusText(m, state.status, term, all.length);

  return (
    <>
      <h1>{m.title}</h1>
      <form class="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-q">{m.label}</label>
        <input
          id="search-q"
          type="search"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder={m.placeholder}
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      <p role="status" class="search-status">
        {status}
      </p>
      {maybe.length > 0 && (
        <p class="search-maybe">
          {m.maybe}
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
                <span class="result-place">
                  {placeLabel(r, state.content, { m, g, text: renderedText })}
                </span>
                <ResultText
                  result={r}
                  shown={r.kind === 'screen' ? screenLine(m, r.playbookId) : renderedText(r.text)}
                  language={language}
                />
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * A result's sentence, its matches marked. Found by its Japanese in another language: the
 * rendering first, then the Japanese that matched (as under 「原文」).
 */
function ResultText({
  result: r,
  shown,
  language,
}: {
  result: SearchResult;
  /** The sentence in the language on screen (the same text when not rendered). */
  shown: string;
  language: Language;
}) {
  const marked = (
    <span class="result-text" lang={htmlLang((r.lang as Language | undefined) ?? 'ja')}>
      <Highlight text={r.text} ranges={r.ranges} />
    </span>
  );
  if (r.lang || language === 'ja' || shown === r.text) return marked;
  return (
    <>
      <span class="result-text" lang={htmlLang(language)}>
        {shown}
      </span>
      <span class="original">{marked}</span>
    </>
  );
}

function statusText(
  m: MessagesOf<(typeof messages)['ja']>,
  load: 'loading' | 'ready' | 'error',
  term: string,
  count: number,
): string {
  if (load === 'error') return m.failed;
  if (!term.trim()) return '';
  if (load === 'loading') return m.preparing;
  if (!count) return m.notFound(term);
  return `${m.found(count)}${count > LIMIT ? m.showingFirst(LIMIT) : ''}`;
}
