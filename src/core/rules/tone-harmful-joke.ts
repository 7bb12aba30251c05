// Jokes and playful copy that endorse harm: spiking someone's drink, acting "when they're not
// looking", non-consent, drink-driving, telling someone to die. Playful in a catalogue, read as
// endorsement on a timeline. Hand-written over data (lexicons/<lang>/tone.ts).
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import type { Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';

const harmful = phraseMatcher([...en.harmfulJokes, ...es.harmfulJokes], { regex: true });

export const toneHarmfulJoke: Rule = {
  meta: {
    id: 'tone-harmful-joke',
    category: 'tone',
    severity: 'warning',
    description: 'Playful copy that endorses harm: spiking drinks, non-consent, drink-driving, telling someone to die.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const found = harmful(text).filter((m) => !inside(quotes, m.start, m.end));
    if (found.length === 0) return [];
    const start = found[0]!.start;
    const end = found[found.length - 1]!.end;
    return [
      {
        start,
        end,
        severity: ctx.account.kind === 'brand' ? 'critical' : 'warning',
        message: 'This reads as making light of harming someone (spiking a drink, non-consent); it will be read literally.',
      },
    ];
  },
};
