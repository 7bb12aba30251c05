// Shouting: several words in capitals in a row, a draft that is mostly capitals, runs of "!!!".
// Short capitalised labels ("NEW ROUTE: Madrid to Tokyo"), acronyms and codes (NYC, EUR, A350,
// NB204), hashtags, handles and links are not shouting. Worse in a reply than in a post.
// Hand-written: a capitals count needs no library.
import type { Report, Rule } from '../rule';
import { isAddressed } from '../text/audience';
import { re } from '../text/letters';

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const TOKEN = re('gu')`[#@]?[\p{L}\p{N}][\p{L}\p{N}'’-]*`;
const BANGS = /[!¡]{3,}|[!?¿¡]{4,}/gu;
// Shouting needs two capitalised words in a row somewhere, or a run of "!".
const QUICK = /\p{Lu}{2}[\p{Lu}'’-]*[\s,;:'"’–—.!?-]+\p{Lu}{2}|[!¡]{3}|[!?¿¡]{4}/u;

interface Word {
  start: number;
  end: number;
  caps: boolean;
}

function words(text: string): Word[] {
  const masked = text.includes('://') || text.includes('www.') ? text.replace(URL, (u) => ' '.repeat(u.length)) : text;
  const out: Word[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const w = m[0];
    if (w[0] === '#' || w[0] === '@' || DIGIT.test(w)) continue; // hashtags, handles, A350, NB204
    if (w.length < 2 || (w.length < 4 && w.replace(PUNCT, '').length < 2)) continue;
    const upper = w.toUpperCase();
    out.push({ start: m.index, end: m.index + w.length, caps: w === upper && upper !== w.toLowerCase() });
  }
  return out;
}
const DIGIT = re('u')`\p{N}`;
const PUNCT = /['’-]/g;

export const toneShouting: Rule = {
  meta: {
    id: 'tone-shouting',
    category: 'tone',
    severity: 'warning',
    description: 'Shouting: several words in capitals, a mostly capitalised draft, runs of exclamation marks.',
  },
  check(ctx) {
    const { text } = ctx;
    if (!QUICK.test(text)) return [];

    const addressed = isAddressed(ctx);
    const out: Report[] = [];
    const ws = words(text);
    const capsCount = ws.filter((w) => w.caps).length;

    if (ws.length >= 6 && capsCount / ws.length >= 0.6) {
      const first = ws.find((w) => w.caps)!;
      const last = [...ws].reverse().find((w) => w.caps)!;
      out.push({
        start: first.start,
        end: last.end,
        severity: addressed || capsCount / ws.length >= 0.8 ? 'warning' : 'info',
        message: 'Most of this draft is in capitals, which reads as shouting.',
        suggestion: 'Write it in normal case and keep capitals for one word at most.',
      });
    } else {
      // Runs of capitalised words; a label of up to four words before a colon is a headline.
      for (let i = 0; i < ws.length; ) {
        if (!ws[i]!.caps) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < ws.length && ws[j + 1]!.caps && /^[\s,;:'"’\-–—.!?]*$/u.test(text.slice(ws[j]!.end, ws[j + 1]!.start)) && !/[.!?]\s/u.test(text.slice(ws[j]!.end, ws[j + 1]!.start))) j++;
        const run = j - i + 1;
        const start = ws[i]!.start;
        const end = ws[j]!.end;
        const label = run <= 4 && /^\s*:/u.test(text.slice(end));
        const long = ws.slice(i, j + 1).filter((w) => w.end - w.start >= 4).length;
        if (run >= 4 && long >= 2 && !label) {
          out.push({
            start,
            end,
            severity: addressed ? 'warning' : 'info',
            message: 'Several words in capitals read as shouting.',
            suggestion: 'Write them in normal case.',
          });
        }
        i = j + 1;
      }
    }
    for (const m of text.matchAll(BANGS)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        severity: addressed ? 'warning' : 'info',
        message: addressed
          ? 'A run of exclamation marks in a reply reads as shouting at the person.'
          : 'A run of exclamation marks can read as shouting.',
        suggestion: 'One exclamation mark is enough.',
      });
    }
    return out;
  },
};
