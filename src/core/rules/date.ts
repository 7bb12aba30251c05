// Dates that are wrong for the moment the post goes out: a weekday that does not match its date
// ("Tue 12/7" when 7 December is a Monday; numeric dates are checked in both the US and the
// day-first reading and flagged only when neither fits), and an event, offer or deadline whose date
// has already passed ("ends on November 3" posted on 20 November), in English and Spanish; also a
// greeting for another day ("Happy Friday!" going out on a Wednesday).
// Parsing is chrono-node's (/en and /es, strict mode: no casual words, twice as fast). It only runs
// around a month or weekday name with a number next to it (a cheap regex scan), on small windows.
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import type { ParsedResult, Parser } from 'chrono-node/en';
import * as en from '../lexicons/en/date';
import * as es from '../lexicons/es/date';
import type { Report, Rule } from '../rule';
import { anyOf } from '../text/alternation';
import { sentenceAround } from '../text/sentence';
import { regex } from '../text/letters';

// chrono's strict English parsers without those that read durations ("within 3 days", "2 weeks
// ago", "3 days later"): a duration names no date to check, and their patterns (every unit of time
// spelled out every way) take ~40 ms to compile at a worker's first dated draft, more than the rest
// of the review. They are the parsers whose pattern names an hour.
const readsDuration = (p: Parser) => p.pattern({} as Parameters<Parser['pattern']>[0]).source.includes('hour');
let englishDates: chronoEn.Chrono | undefined;
const chronoEnDates = () => {
  if (!englishDates) {
    englishDates = chronoEn.strict.clone();
    englishDates.parsers = englishDates.parsers.filter((p) => !readsDuration(p));
  }
  return englishDates;
};

const EDGE_L = '(?<![\\p{L}\\p{N}_])';
const EDGE_R = '(?![\\p{L}\\p{N}_])';
const EN_TRIGGER = regex(`${EDGE_L}(?:${anyOf([...en.monthWords, ...en.weekdayWords])})${EDGE_R}`, 'iu');
const ES_TRIGGER = regex(`${EDGE_L}(?:${anyOf([...es.monthWords, ...es.weekdayWords])})${EDGE_R}`, 'iu');
// The scan for date words runs on every draft: a non-Unicode regex with hand-made word edges is
// five times faster than the \p{L} version on long texts.
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const TRIGGER_SCAN = regex(`(?:^|[^${LETTER}])(${anyOf([...en.monthWords, ...en.weekdayWords, ...es.monthWords, ...es.weekdayWords])})(?![${LETTER}])`, 'gi');
// Weekday words next to a date chrono found without one: "Saturday the 5th of December", "December 8th (Tuesday)".
const WEEKDAY_BEFORE = regex(`(?:^|[^${LETTER}])(${anyOf([...en.weekdayWords, ...es.weekdayWords])})\\.?,?\\s+(?:the\\s+|el\\s+|día\\s+)?$`, 'i');
const WEEKDAY_AFTER = regex(`^\\s*[,(]\\s*(${anyOf([...en.weekdayWords, ...es.weekdayWords])})\\s*\\)?(?![${LETTER}])`, 'i');
const WEEKDAY_NUMBER: Record<string, number> = { su: 0, do: 0, mo: 1, lu: 1, tu: 2, ma: 2, we: 3, mi: 3, th: 4, ju: 4, fr: 5, vi: 5, sa: 6, sá: 6 };
const weekdayNumber = (w: string) => WEEKDAY_NUMBER[w.slice(0, 2).toLowerCase()];
// "Happy Friday!" on the day it goes out; full weekday names only ("happy sat" is not a greeting).
const FULL_WEEKDAYS = [...en.weekdayNames, ...es.weekdayNames, 'miercoles', 'sabado'];
const GREETING = regex(`(?:^|[^${LETTER}])(?:${[...en.todayGreetings, ...es.todayGreetings].join('|')})\\s+(${FULL_WEEKDAYS.join('|')})(?![${LETTER}])`, 'gi');
const WEEKDAY_WORD = regex(`^(?:${anyOf([...en.weekdayWords, ...es.weekdayWords])})${EDGE_R}`, 'iu');
const UPCOMING = regex(`${EDGE_L}(?:${[...en.upcomingCues, ...es.upcomingCues].join('|')})${EDGE_R}`, 'iu');
const PAST = regex(`${EDGE_L}(?:${[...en.pastCues, ...es.pastCues].join('|')})${EDGE_R}`, 'iu');
const NUMERIC = /\d{1,2}\s*[/.-]\s*\d{1,2}/;
const MONTH_NAME = regex(`${EDGE_L}(?:${anyOf([...en.monthWords, ...es.monthWords])})${EDGE_R}`, 'iu');
// Where a date expression chrono returned stops being a date: a time, a range, a place.
const TIME_TAIL = /(?:,?\s+(?:from|at|a\s+las?|de\s+\d{1,2}(?::\d\d)?\s*(?:a|h)|between|entre|to|until|hasta|[-–—])\s+.*|,?\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)\b.*|\s*[,(]\s*$)/isu;
const DAY_MS = 86_400_000;
const HAS_DIGIT = /\d/;
const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

const WINDOW = 32;
// More dates than this in one draft is a timetable: check the first ones only (chrono ~0.05 ms each).
const MAX_WINDOWS = 16;
const MAX_WINDOW_LENGTH = 200;
const NEAR = 24;
// How far a date's sentence is read for a year or a cue ("ends", "already").
const SENTENCE_REACH = 240;

interface Found {
  start: number;
  end: number;
  text: string;
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
  endDay?: number;
  endMonth?: number;
  endYear?: number;
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

function toFound(r: ParsedResult, offset: number): Found {
  const known = (c: 'day' | 'month' | 'year' | 'weekday', side: ParsedResult['start'] | null | undefined) =>
    side && side.isCertain(c) ? (side.get(c) ?? undefined) : undefined;
  const f: Found = { start: offset + r.index, end: offset + r.index + r.text.length, text: r.text };
  const set = (key: keyof Found, v: number | undefined) => {
    if (v !== undefined) (f as unknown as Record<string, number>)[key] = v;
  };
  set('day', known('day', r.start));
  set('month', known('month', r.start));
  set('year', known('year', r.start));
  set('weekday', known('weekday', r.start));
  set('endDay', known('day', r.end));
  set('endMonth', known('month', r.end));
  set('endYear', known('year', r.end));
  return f;
}

/** Stretches of text worth parsing: the neighbourhood of each date word that has a number near it
 * ("Tue 12/7", "3 de noviembre", "Dec. 9th"). */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TRIGGER_SCAN)) {
    const wordStart = m.index + m[0].length - m[1]!.length;
    const wordEnd = m.index + m[0].length;
    if (!HAS_DIGIT.test(text.slice(Math.max(0, wordStart - NEAR / 2), wordEnd + NEAR))) continue;
    let a = Math.max(0, wordStart - WINDOW);
    let b = Math.min(text.length, wordEnd + WINDOW);
    while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
    while (b < text.length && !/\s/.test(text[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1] && last[1] - last[0] < MAX_WINDOW_LENGTH) last[1] = Math.max(last[1], b);
    else if (out.length >= MAX_WINDOWS) break;
    else out.push([last ? Math.max(a, last[1]) : a, b]);
  }
  return out;
}

function parseDates(text: string, now: Date): Found[] {
  const ref = { instant: now, timezone: 0 };
  const found: Found[] = [];
  for (const [a, b] of windows(text)) {
    const slice = text.slice(a, b);
    const results: Found[] = [];
    if (ES_TRIGGER.test(slice)) for (const r of chronoEs.strict.parse(slice, ref)) results.push(toFound(r, a));
    if (EN_TRIGGER.test(slice)) {
      for (const r of chronoEnDates().parse(slice, ref)) {
        const f = toFound(r, a);
        if (!results.some((x) => f.start < x.end && f.end > x.start)) results.push(f);
      }
    }
    for (const f of results) {
      if (f.weekday !== undefined || f.day === undefined) continue;
      const from = Math.max(0, f.start - 20);
      const head = WEEKDAY_BEFORE.exec(text.slice(from, f.start));
      if (head) {
        f.weekday = weekdayNumber(head[1]!);
        f.start = from + head.index + head[0].indexOf(head[1]!);
        continue;
      }
      const tail = WEEKDAY_AFTER.exec(text.slice(f.end, f.end + 20));
      if (tail) {
        f.weekday = weekdayNumber(tail[1]!);
        f.end += tail[0].length;
      }
    }
    found.push(...results);
  }
  return found.sort((x, y) => x.start - y.start);
}

/** The part of a chrono match that is the date itself, without "on", times or ranges. */
function dateSpan(text: string, f: Found): [number, number] {
  let s = text.slice(f.start, f.end);
  let start = f.start;
  const lead = /^(?:on|this|next|the|el|este|próximo|proximo)\s+/i.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  const tail = TIME_TAIL.exec(s);
  if (tail && tail.index > 0) s = s.slice(0, tail.index);
  s = s.replace(/[\s,.]+$/, '');
  return [start, start + s.length];
}

/** Candidate years for a day and month without a year: the next occurrence within ~11 months, and
 * a recent one (up to two months back) for posts about what just happened. */
function candidateYears(now: Date, month: number, day: number): number[] {
  const y = now.getUTCFullYear();
  const today = utc(y, now.getUTCMonth() + 1, now.getUTCDate());
  const out: number[] = [];
  for (const year of [y - 1, y, y + 1]) {
    if (!valid(year, month, day)) continue;
    const t = utc(year, month, day);
    if (t >= today - 62 * DAY_MS && t <= today + 335 * DAY_MS) out.push(year);
  }
  return out;
}

const lang = (s: string) => (ES_TRIGGER.test(s) && !/\b(?:the|on|and|of)\b/i.test(s) ? es : en);

export const date: Rule = {
  meta: {
    id: 'date',
    category: 'date',
    severity: 'warning',
    description: 'Weekdays that do not match their date, and event dates that have already passed when the post goes out.',
  },
  check({ text, now }) {
    if (text.length === 0) return [];
    const out: Report[] = [];
    // A greeting for another day: "Happy Friday!" going out on a Wednesday. Time zones can move the
    // day by one, so one day off is only info.
    for (const m of text.matchAll(GREETING)) {
      const said = weekdayNumber(m[1]!);
      if (said === undefined) continue;
      const today = now.getUTCDay();
      const off = Math.min((said - today + 7) % 7, (today - said + 7) % 7);
      if (off === 0) continue;
      out.push({
        start: m.index + (m[0].length - m[0].replace(/^[^A-Za-z\u00C0-\u024F]/, '').length),
        end: m.index + m[0].length,
        severity: off >= 2 ? 'warning' : 'info',
        message: `This greets ${en.weekdayNames[said]}, but it goes out on a ${en.weekdayNames[today]}.`,
      });
    }
    if (!HAS_DIGIT.test(text)) return out;
    const y = now.getUTCFullYear();
    const today = utc(y, now.getUTCMonth() + 1, now.getUTCDate());
    for (const f of parseDates(text, now)) {
      if (f.day === undefined || f.month === undefined) continue;
      const [start, end] = dateSpan(text, f);
      const written = text.slice(f.start, f.end);
      const L = lang(written);

      // 1. A weekday that matches no reading of its date.
      if (f.weekday !== undefined) {
        const numeric = NUMERIC.test(written) && !MONTH_NAME.test(written.replace(/^\p{L}+/u, ''));
        const readings: [number, number][] = [[f.month, f.day]];
        if (numeric && f.day <= 12 && f.day !== f.month) readings.push([f.day, f.month]);
        const dates: number[] = [];
        // A year written elsewhere in the sentence ("Madrid Pride 2026 … on Saturday 4 July") counts too.
        const stated = [...sentenceAround(text, f.start, f.end, SENTENCE_REACH).matchAll(YEAR_IN_TEXT)].map((x) => Number(x[0]));
        for (const [m, d] of readings) {
          const years = f.year !== undefined ? [f.year] : [...candidateYears(now, m, d), ...stated];
          for (const yy of years) if (valid(yy, m, d)) dates.push(utc(yy, m, d));
        }
        if (dates.length > 0 && !dates.some((t) => new Date(t).getUTCDay() === f.weekday)) {
          const days = dates.map((t) => new Date(t).getUTCDay()).filter((v, i, a) => a.indexOf(v) === i);
          const named = (t: number) => `${en.monthNames[new Date(t).getUTCMonth()]} ${new Date(t).getUTCDate()}`;
          const said = en.weekdayNames[f.weekday]!;
          const message =
            dates.length > 1
              ? `${said} doesn't match this date: read either way (${named(dates[0]!)} or ${named(dates[1]!)}) it falls on a ${days.map((d) => en.weekdayNames[d]).join(' or ')}.`
              : `${said} doesn't match this date: ${named(dates[0]!)}, ${new Date(dates[0]!).getUTCFullYear()} is a ${en.weekdayNames[days[0]!]}.`;
          // With one reading, offer the right weekday, written the way the draft wrote it.
          let suggestion: string | undefined;
          if (days.length === 1) {
            const right = L.weekdayNames[days[0]!]!;
            suggestion = text.slice(start, end).replace(WEEKDAY_WORD, (w) => {
              const word = w.length > 4 ? right : right.slice(0, 3);
              return w[0] === w[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
            });
          }
          out.push({ start, end, message, ...(suggestion ? { suggestion } : {}) });
          continue;
        }
      }

      // 2. An upcoming event whose date has already passed. Numeric dates are too ambiguous for this.
      if (NUMERIC.test(written) && !MONTH_NAME.test(written)) continue;
      const lastDay = f.endDay ?? f.day;
      const lastMonth = f.endMonth ?? f.month;
      const lastYear = f.endYear ?? f.year;
      let when: number;
      if (lastYear !== undefined) {
        if (!valid(lastYear, lastMonth, lastDay)) continue;
        when = utc(lastYear, lastMonth, lastDay);
      } else {
        if (!valid(y, lastMonth, lastDay)) continue;
        when = utc(y, lastMonth, lastDay);
        // Far in the past means next year's ("closed on 1 January", posted in November).
        if (when < today - 62 * DAY_MS) continue;
      }
      // The posting time is UTC; yesterday's date there is still today somewhere west of it (an
      // evening post in the Americas): only a date older than that has surely passed.
      if (when >= today - DAY_MS) continue;
      const sentence = sentenceAround(text, f.start, f.end, SENTENCE_REACH);
      if (PAST.test(sentence)) continue;
      const upcoming = UPCOMING.test(sentence);
      const ago = Math.round((today - when) / DAY_MS);
      // Without a word that makes it upcoming, only a recent date is worth a note ("est. 3 March 1998" is not).
      if (!upcoming && ago > 62) continue;
      out.push({
        start,
        end,
        severity: upcoming ? 'warning' : 'info',
        message: `${text.slice(start, end)} has already passed (${ago} day${ago === 1 ? '' : 's'} ago) by the time this goes out.`,
      });
    }
    return out;
  },
};
