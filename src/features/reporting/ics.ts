/**
 * Calendar export (.ics, RFC 5545) of an incident's dated reporting deadlines: all-day
 * events with reminders at 9:00 JST the day before and on the day (absolute UTC times, so a
 * phone in another time zone still rings when Japan's office day starts), so the phone's own
 * calendar can remind without a server. A reminder whose time has passed is left out.
 */
import { stripUnsafeChars } from '../../lib/unsafe-text';
import type { Obligation } from './engine';
import { addDays } from './dates';
import { basisLabel, isDeadlineDone, type StatusMap } from './summary';
import { JAPANESE_WORDS, type ReportingWords } from './words';

/** Escapes TEXT values (RFC 5545 3.3.11). */
export const escapeIcsText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const ymd = (date: string) => date.replace(/-/g, '');

/** 9:00 JST of a date as an iCalendar UTC time (00:00Z of the same date). */
const nineJst = (date: string) => `${ymd(date)}T000000Z`;

/** The instant of an iCalendar UTC time 'YYYYMMDDTHHMMSSZ'. */
function instant(utc: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(utc);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
}

/** Reminders at 9:00 JST the day before and on the due date, those still ahead of `now` only. */
export function reminderTimes(due: string, nowUtc: string): string[] {
  const now = instant(nowUtc);
  return [nineJst(addDays(due, -1)), nineJst(due)].filter((t) => !(instant(t) <= now));
}

/** The .ics text for the dated, not yet done deadlines of the applying destinations. */
export function deadlinesToIcs(input: {
  incidentId: string;
  incidentTitle: string;
  obligations: readonly Obligation[];
  /** Statuses as stored (per deadline, or destination-wide). */
  statuses: StatusMap;
  /** DTSTAMP, e.g. '20261125T010000Z': also the 'now' before which no reminder may ring. */
  stamp: string;
  /** The language of the events' words (Japanese by default). */
  words?: ReportingWords;
}): string {
  const { m, d: dw, tr } = input.words ?? JAPANESE_WORDS;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//incident-navi//reporting//JA',
    'CALSCALE:GREGORIAN',
  ];
  for (const o of input.obligations) {
    if (!o.applies) continue;
    for (const d of o.deadlines) {
      if (!d.due || isDeadlineDone(input.statuses, o.destinationId, d.id)) continue;
      const summary = m.icsSummary(tr(o.title), tr(d.label), input.incidentTitle);
      const description = m.icsDescription(basisLabel(d.basis, dw), tr(d.text), d.source);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${input.incidentId}-${d.id}@incident-navi`,
        `DTSTAMP:${input.stamp}`,
        `DTSTART;VALUE=DATE:${ymd(d.due)}`,
        `DTEND;VALUE=DATE:${ymd(addDays(d.due, 1))}`,
        `SUMMARY:${escapeIcsText(summary)}`,
        `DESCRIPTION:${escapeIcsText(description)}`,
        ...reminderTimes(d.due, input.stamp).flatMap((at) => [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER;VALUE=DATE-TIME:${at}`,
          `DESCRIPTION:${escapeIcsText(summary)}`,
          'END:VALARM',
        ]),
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  // The export boundary: no control or bidi-override character reaches the calendar.
  return stripUnsafeChars(`${lines.map(foldLine).join('\r\n')}\r\n`);
}
