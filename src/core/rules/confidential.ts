// Material marked internal or not yet public: embargoes, NDAs, "internal only", "do not share",
// "uso interno", "no difundir". Markings are data (lexicons/<lang>/confidential); the one judgement
// here is the bare word "confidential", which marks a document ("CONFIDENTIAL:", "[Confidential]")
// but is a promise in "your answers stay confidential": only the first stops a post.
// A private note to a colleague posted by mistake ("he is on your schedule for Tuesday") is only a
// warning, and none in a private message.
// Unannounced code names are the team's blocked terms (rule blocked-term).
import * as en from '../lexicons/en/confidential';
import * as es from '../lexicons/es/confidential';
import { overlapsAny, type Report, type Rule } from '../rule';
import { escapeRegExp, phraseMatcher } from '../text/phrases';
import { regex } from '../text/letters';

const strong = phraseMatcher([...en.markers, ...es.markers], { regex: true });
const privateMessages = phraseMatcher([...en.privateMessages, ...es.privateMessages], { regex: true });
const weak = phraseMatcher([...en.weakMarkers, ...es.weakMarkers]);
const PROMISE = regex(`(?:^|[^\\p{L}\\p{N}])(?:${[...en.promiseBefore, ...es.promiseBefore].map(escapeRegExp).join('|')})\\s+$`, 'iu');

export const confidential: Rule = {
  meta: {
    id: 'confidential',
    category: 'confidential',
    severity: 'critical',
    description: 'Text marked internal, confidential, under NDA or under embargo: not meant to be public yet.',
  },
  check({ text, draft }) {
    if (text.length === 0) return [];
    const out: Report[] = [];
    for (const m of draft.context === 'message' ? [] : privateMessages(text)) {
      out.push({
        start: m.start,
        end: m.end,
        severity: 'warning',
        message: `"${text.slice(m.start, m.end)}" reads like a private message to a colleague; check it was meant to be public.`,
      });
    }
    for (const m of strong(text)) {
      out.push({
        start: m.start,
        end: m.end,
        message: `"${text.slice(m.start, m.end)}" marks this as internal or not yet public; it should not be posted.`,
      });
    }
    for (const m of weak(text)) {
      if (overlapsAny(out, m.start, m.end)) continue;
      const word = text.slice(m.start, m.end);
      const head = text.slice(Math.max(0, m.start - 30), m.start);
      const tail = text.slice(m.end, m.end + 3);
      const marking =
        word === word.toUpperCase() ||
        /^\s*(?:[:\])\-–—|]|$|\n)/.test(tail) ||
        /(?:^|[[(\n|])\s*$/.test(head) ||
        m.start === 0;
      if (marking) {
        out.push({ start: m.start, end: m.end, message: `"${word}" marks this as an internal document; it should not be posted.` });
      } else if (!PROMISE.test(head)) {
        out.push({
          start: m.start,
          end: m.end,
          severity: 'info',
          message: `"${word}" could mean this text was not meant to be public; check before posting.`,
        });
      }
    }
    out.sort((a, b) => a.start! - b.start!);
    return out;
  },
};
