// The Markdown table printed at the end of a run (also pasted into BENCHMARKS.md).
import { HOLD_MS, PACE_MS } from './finger-tap.mjs';
import { LCP_SPREAD_LIMIT } from './lighthouse.mjs';

const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : '—');
const msf = (n) => (typeof n === 'number' ? `${Math.round(n)} ms` : '—');
/** Milliseconds to a tenth, for figures well under one frame. */
const ms1 = (n) => (typeof n === 'number' ? `${n.toFixed(1)} ms` : '—');
const x = (n) => (typeof n === 'number' ? `${n}×` : '—');
const why = (o, key = 'reason') => (o && o[key] ? ` (${o[key]})` : '');
const num = (n) => (typeof n === 'number' ? String(n) : '—');
/** Every sample's `key`, in run order: 「922, 915, 1,164 ms」. */
const samplesOf = (samples, key, unit = ' ms') =>
  samples?.length ? `${samples.map((s) => Math.round(s[key] ?? NaN)).join(', ')}${unit}` : '—';

/** One Markdown table of every figure, with the machine and date above it. */
export function toMarkdown(r) {
  const m = r.machine;
  const b = r.bytes ?? {};
  const home = b.homeStatic;
  const bh = b.browser?.home;
  const bl = b.browser?.largest;
  const l = r.load ?? {};
  const o = r.offline ?? {};
  const lh = r.lighthouse ?? {};
  const t = r.ticks ?? {};
  const ti = t.instant ?? {};
  const list = r.list ?? {};
  const s = r.summary ?? {};
  const bk = r.backup ?? {};
  const lr = r.largeRestore ?? {};
  const sc = r.scale ?? {};
  const tm = r.team ?? {};
  const fv = r.firstVisit ?? {};
  const ch = r.chain ?? {};
  const sr = r.search ?? {};
  const listRow = (n) => {
    const e = list[n];
    return e?.ms != null ? msf(e.ms) : `—${why(e ?? list)}`;
  };
  const rows = [
    [
      'Home route, first load: HTML+JS+CSS (index.html refs)',
      `${kb(home?.total.gzip)} gzip / ${kb(home?.total.brotli)} br`,
      '≤ 50 KB gzip',
    ],
    [
      'Home route, initial JS (index.html refs)',
      `${kb(home?.js.gzip)} gzip / ${kb(home?.js.brotli)} br`,
      '≤ 35 KB gzip',
    ],
    [
      'Home route, all responses in the browser; then the type pages warmed once idle',
      `${kb(bh?.total.gzip)} gzip / ${kb(bh?.total.brotli)} br (JS ${kb(bh?.byType?.js?.gzip)}); ${kb(bh?.warmed?.total.gzip)} gzip (${bh?.warmed?.files ?? '?'} files)`,
      '≤ 50 KB gzip; warm ≤ 25 KB',
    ],
    [
      `Largest route in the browser (${bl?.path ?? '?'}, of ${b.browser?.routes?.length ?? 0})`,
      `${kb(bl?.total.gzip)} gzip / ${kb(bl?.total.brotli)} br`,
      '',
    ],
    [
      `Precached at install (manifest, ${b.precache?.files ?? '?'} files incl. sw.js)`,
      `${kb(b.precache?.total.gzip)} gzip / ${kb(b.precache?.total.brotli)} br`,
      '≤ 150 KB gzip',
    ],
    [
      'First visit downloads one pack per step: install (with sw.js) / warm / languages',
      `${kb(b.packs?.install)} / ${kb(b.packs?.warm)} / ${kb(b.packs?.languages)}`,
      '≤ 150 KB gzip at install',
    ],
    [
      `Warmed after install (${b.warm?.files ?? '?'} files, of which other languages ${b.languages?.files ?? '?'}) / on first use (${b.demand?.files ?? '?'})`,
      `${kb(b.warm?.total.gzip)} (${kb(b.languages?.total.gzip)}) / ${kb(b.demand?.total.gzip)} gzip`,
      '',
    ],
    [
      'Floor page (guide as one static HTML)',
      `${kb(b.floor?.gzip)} gzip / ${kb(b.floor?.brotli)} br`,
      '',
    ],
    [
      'Ratio home (browser) / floor, gzip',
      x(bh && b.floor ? Math.round((bh.total.gzip / b.floor.gzip) * 100) / 100 : null),
      '',
    ],
    [
      'Ratio precache / floor, gzip',
      x(
        b.precache && b.floor
          ? Math.round((b.precache.total.gzip / b.floor.gzip) * 100) / 100
          : null,
      ),
      '',
    ],
    [
      `FCP, app / floor (median of ${l.runs ?? '?'})`,
      `${msf(l.app?.fcp)} / ${msf(l.floor?.fcp)} (${x(l.ratio?.fcp)})`,
      '',
    ],
    [
      `LCP, app / floor (median of ${l.runs ?? '?'})`,
      `${msf(l.app?.lcp)} / ${msf(l.floor?.lcp)} (${x(l.ratio?.lcp)})`,
      '',
    ],
    [
      `Tap → next view, app / floor (median of ${l.runs ?? '?'})`,
      `${msf(l.app?.tap)}${why(l.app, 'tapReason')} / ${msf(l.floor?.tap)} (${x(l.ratio?.tap)})`,
      'app ≤ 300 ms',
    ],
    [
      `First visit, tap at the load event (the app starts at that touch) → next view, app (median of ${l.runs ?? '?'}); samples`,
      `${msf(l.coldTap?.tap)}${why(l.coldTap, 'tapReason')}; ${(l.coldTap?.samples ?? []).map((s) => msf(s.tap)).join(', ')}`,
      '',
    ],
    [
      `First visit, slow 4G + 4× CPU: load / incident pages offline / every route offline / in English and やさしい日本語 too (median of ${fv.runs ?? '?'})`,
      `${msf(fv.load)} / ${msf(fv.ready)} / ${msf(fv.all)} / ${msf(fv.languages)}${why(fv)}`,
      '',
    ],
    [
      'First visit: works offline, after the load event: incident pages / every route / in every language',
      `${msf(fv.readyAfterLoad)} / ${msf(fv.allAfterLoad)} / ${msf(fv.languagesAfterLoad)}`,
      '≤ 3 s after load',
    ],
    [
      `Offline cold start ${o.route ?? ''}: first paint (median of ${o.runs ?? '?'})`,
      `${msf(o.firstPaint)}${why(o)}`,
      '',
    ],
    [
      `Offline cold start ${o.route ?? ''}: h1 shown / usable`,
      `${msf(o.h1Visible)} / ${msf(o.usable)}${why(o, 'usableReason')}${why(o, 'routeReason')}`,
      '',
    ],
    [
      `Lighthouse performance (median of ${lh.runs ?? '?'})`,
      `${num(lh.performance)}${why(lh)}`,
      '≥ 95',
    ],
    [
      `Lighthouse LCP, app / floor (median of ${lh.runs ?? '?'}; Chromium ${m.chromium})`,
      `${msf(lh.lcp)} / ${msf(lh.floor?.lcp)} (${x(lh.lcpRatio)})`,
      '≤ 1.15×',
    ],
    [
      `Lighthouse LCP samples, app; spread (max − min) / median${
        typeof lh.lcpSpread === 'number' && lh.lcpSpread > LCP_SPREAD_LIMIT
          ? ` — ✗ FAILED: wider than ${LCP_SPREAD_LIMIT} %`
          : ''
      }`,
      `${samplesOf(lh.samples, 'lcp')}; ${lh.lcpSpread ?? '—'} % (${msf(lh.lcpMin)}–${msf(lh.lcpMax)})`,
      `spread ≤ ${LCP_SPREAD_LIMIT} %`,
    ],
    [
      'Lighthouse LCP samples, floor; spread',
      `${samplesOf(lh.floor?.samples, 'lcp')}; ${lh.floor?.lcpSpread ?? '—'} %`,
      '',
    ],
    [
      'Lighthouse total blocking time, app / floor (median); samples app; floor',
      `${msf(lh.tbt)} / ${msf(lh.floor?.tbt)}; ${samplesOf(lh.samples, 'tbt')}; ${samplesOf(lh.floor?.samples, 'tbt')}`,
      '≤ 50 ms',
    ],
    [
      'Lighthouse blocking time by source, app (mean per run; simulated 4× CPU, part of each task over 50 ms)',
      (lh.blocking ?? []).map((b) => `${b.source} ${b.ms} ms`).join(', ') || '—',
      '',
    ],
    ['Lighthouse performance samples, app', samplesOf(lh.samples, 'performance', ''), ''],
    [
      "Lighthouse's benchmark index of this machine (median; higher is faster), samples",
      `${num(lh.benchmarkIndex == null ? null : Math.round(lh.benchmarkIndex))}; ${samplesOf(lh.samples, 'benchmarkIndex', '')}`,
      '',
    ],
    ['Lighthouse accessibility', num(lh.accessibility), '100'],
    ['Lighthouse best practices', num(lh.bestPractices), ''],
    [
      `Checklist tick, tap → committed, p50 / p95 (${t.ticks ?? '?'} finger taps: ${HOLD_MS} ms on the glass, one every ${PACE_MS} ms or more); the app's part (click handled → committed); floor: a plain page, one strict IndexedDB read + write per tap`,
      `${msf(t.p50)} / ${msf(t.p95)}; ${msf(t.appP50)} / ${msf(t.appP95)} (${num(t.failed)} failed); floor ${msf(t.floor?.p50)} / ${msf(t.floor?.p95)}${why(t)}`,
      'p95 ≤ 25 ms',
    ],
    [
      `The same with Playwright's instant taps (start and end at once, back to back; the method before), ${ti.ticks ?? '?'} ticks`,
      `${msf(ti.p50)} / ${msf(ti.p95)}; ${msf(ti.appP50)} / ${msf(ti.appP95)} (${num(ti.failed)} failed); floor ${msf(ti.floor?.p50)} / ${msf(ti.floor?.p95)}${why(ti)}`,
      '',
    ],
    ['Open incident list, 100 incidents', listRow(100), ''],
    ['Open incident list, 1,000 incidents', listRow(1000), ''],
    ['Open incident list, 10,000 incidents', listRow(10000), 'as fast as 100'],
    [
      `Summary of an incident with 1,000 timeline entries: page opened → preview / built (worker), median of ${s.runs ?? '?'}`,
      `${msf(s.ms)} / ${msf(s.buildMs)}${why(s)}`,
      '≤ 50 ms',
    ],
    [
      `Verifying the timeline chain of 1,000 entries: read + check / check alone (median of ${ch.runs ?? '?'})`,
      `${msf(ch.ms)} / ${msf(ch.hashesMs)}${why(ch)}`,
      '≤ 50 ms',
    ],
    [
      `Search of the whole guide, one keystroke (${sr.queries ?? '?'} queries × ${sr.runs ?? '?'}, Node, CPU): median / p95`,
      `${ms1(sr.medianMs)} / ${ms1(sr.p95Ms)}${why(sr)}`,
      '≤ 16 ms',
    ],
    ['Backup of 1,000 incidents', `${msf(bk.backupMs)}${why(bk)}`, ''],
    ['Restore of 1,000 incidents', `${msf(bk.restoreMs)}${why(bk, 'restoreReason')}`, ''],
    [
      'Restore of 100,000 timeline entries: check / write; longest task check / write; progress',
      `${msf(lr.checkMs)} / ${msf(lr.writeMs)}; ${msf(lr.longestCheckTaskMs)} / ${msf(lr.longestWriteTaskMs)}; ${lr.progressShown ? 'shown' : 'not shown'}${why(lr)}`,
      'progress shown',
    ],
    [
      `Timeline of 5,000 entries: open from a tap on 対応経過 / cold load (median of ${sc.runs ?? '?'})`,
      `${msf(sc.timeline5k?.tapMs)} / ${msf(sc.timeline5k?.openMs)}${why(sc)}`,
      '≤ 300 ms',
    ],
    [
      'Timeline of 5,000 entries: add an entry, tap → drawn (median)',
      msf(sc.timeline5k?.addMs),
      '≤ 100 ms',
    ],
    [
      '100,000 entries: timeline shown / longest main-thread block',
      `${msf(sc.timeline100k?.timelineShownMs)} / ${msf(sc.timeline100k?.timelineLongestBlockMs)}`,
      'block ≤ 200 ms',
    ],
    [
      '100,000 entries: share preview built (worker) / longest block',
      `${msf(sc.timeline100k?.shareShownMs)} / ${msf(sc.timeline100k?.shareLongestBlockMs)}`,
      'block ≤ 200 ms',
    ],
    [
      'Home with 10,000 incidents: longest block / page height',
      `${msf(sc.home10k?.longestBlockMs)} / ${num(sc.home10k?.heightPx)} px`,
      '',
    ],
    [
      `Team: first sync of ${num(tm.incidents)} incidents (${num(tm.documents)} documents), sending phone / receiving phone`,
      `${msf(tm.firstPushMs)} / ${msf(tm.firstPullMs)}${why(tm)}`,
      '',
    ],
    [
      `Team: tick on one phone → shown on the other (${num(tm.ticks)} ticks), median / p95`,
      `${msf(tm.median)} / ${msf(tm.p95)}${tm.failed ? ` (${tm.failed} not shown in 30 s)` : ''}`,
      '',
    ],
  ];
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `Run ${m.date} on ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, ` +
      `Chromium ${m.chromium}, Node ${m.node}; load average at start ${m.loadAverage.join(' / ')}.`,
    '',
    '| Figure | Measured | Goal (docs/ARCHITECTURE.md or the issue that set it) |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
}
