/**
 * Calendar export (.ics, RFC 5545) of an incident's dated reporting deadlines: all-day
 * events with a reminder the day before, so the phone's own calendar can remind without a server.
 */
import { stripUnsafeChars } from '../../export/escape';
import type { Obligation } from './engine';
import { addDays } from './dates';
import { basisLabel, isDeadlineDone, type StatusMap } from './summary';

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

/** The .ics text for the dated, not yet done deadlines of the applying destinations. */
export function deadlinesToIcs(input: {
  incidentId: string;
  incidentTitle: string;
  obligations: readonly Obligation[];
  /** Statuses as stored (per deadline, or destination-wide). */
  statuses: StatusMap;
  /** DTSTAMP, e.g. '20261125T010000Z'. */
  stamp: string;
}): string {
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
      const summary = `【期限】${o.title} ${d.label}（${input.incidentTitle}）`;
      const description = `${basisLabel(d.basis)}。${d.text}\n根拠：${d.source}`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${input.incidentId}-${d.id}@incident-navi`,
        `DTSTAMP:${input.stamp}`,
        `DTSTART;VALUE=DATE:${ymd(d.due)}`,
        `DTEND;VALUE=DATE:${ymd(addDays(d.due, 1))}`,
        `SUMMARY:${escapeIcsText(summary)}`,
        `DESCRIPTION:${escapeIcsText(description)}`,
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-P1D',
        `DESCRIPTION:${escapeIcsText(summary)}`,
        'END:VALARM',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  // The export boundary: no control or bidi-override character reaches the calendar.
  return stripUnsafeChars(`${lines.map(foldLine).join('\r\n')}\r\n`);
}
