import { massMention } from '../../src/core/rules/mass-mention';
import { ruleTester } from './rule-tester';

const handles = (n: number) => Array.from({ length: n }, (_, i) => `@a${i + 1}`).join(' ');

ruleTester(massMention, {
  valid: [
    'Thanks @sara_l and @crew_nb204 for a great flight!',
    `${handles(8)} thank you all for coming!`,
    '@a1 @a1 @a1 @a1 @a1 @a1 @a1 @a1 @a1 @a1 the same one ten times',
    'Write to a@b.com, c@d.com, e@f.com, g@h.com, i@j.com, k@l.com, m@n.com, o@p.com, q@r.com',
  ],
  invalid: [
    {
      text: '@a1 @a2 @a3 @a4 @a5 @a6 @a7 @a8 @a9 @a10 @a11 @a12 Win a free trip! Follow and retweet!',
      errors: [{ severity: 'warning', category: 'policy', start: 0, end: 50 }],
    },
    { text: `Congrats to ${handles(9)}!`, errors: [{ severity: 'warning', excerpt: handles(9) }] },
  ],
});
