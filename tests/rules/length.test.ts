import { length } from '../../src/core/rules/length';
import { ruleTester } from './rule-tester';

const cjk = '東京への新しい直行便が6月に就航します。'; // 20 chars, 19 weigh 2
const longUrl = 'https://nimbusair.com/routes/asia/tokyo/everything-you-need-to-know-about-our-new-route-from-lounges-and-meals-to-baggage-and-seat-selection-2027';
const proud = 'We are proud. '.repeat(215); // 3,010 characters

ruleTester(length, {
  valid: [
    'Good morning from Madrid! ☀️ Where are you flying this weekend?',
    'a'.repeat(280),
    { text: 'a'.repeat(500), platform: 'linkedin' },
    { text: 'a'.repeat(3000), platform: 'linkedin' },
    { text: 'a'.repeat(10_000), platform: 'facebook' },
    `Everything you need to know about our new Tokyo route, from lounges to meals: ${longUrl}`,
    'é'.repeat(280), // Latin-1 weighs 1
    '👩‍👩‍👧‍👦'.repeat(140), // a family is one emoji: 2 each
    '🧑‍🧑‍🧒'.repeat(140), // newer sequence twitter-text miscounts
    cjk.repeat(7), // 140 chars, 273 units
    { text: `${'a'.repeat(270)}\n\n${'b'.repeat(270)}`, thread: true },
    { text: 'a'.repeat(1200), platform: 'linkedin', context: 'comment' },
    '',
  ],
  invalid: [
    {
      text: cjk.repeat(9),
      errors: [{ severity: 'critical', category: 'length', start: 143, end: 180 }],
    },
    { text: 'a'.repeat(281), errors: [{ severity: 'critical', start: 280, end: 281 }] },
    { text: '😀'.repeat(141), errors: [{ severity: 'critical', start: 280, end: 282 }] },
    { text: `${'a'.repeat(260)} ${longUrl}`, errors: [{ severity: 'critical', start: 261, excerpt: longUrl }] },
    { text: proud, platform: 'linkedin', errors: [{ severity: 'critical', start: 3000, end: 3010 }] },
    { text: 'x'.repeat(1300), platform: 'linkedin', context: 'comment', errors: [{ severity: 'critical', start: 1250 }] },
    { text: 'x'.repeat(63_207), platform: 'facebook', errors: [{ severity: 'critical', start: 63_206, end: 63_207 }] },
    {
      name: 'each post of a thread is checked on its own',
      text: `${'a'.repeat(200)}\n\n${'b'.repeat(300)}\n\n${'c'.repeat(100)}`,
      thread: true,
      errors: [{ severity: 'critical', start: 202 + 280, end: 502 }],
    },
    {
      name: 'a long post that is not a thread counts whole',
      text: `${'a'.repeat(200)}\n\n${'b'.repeat(100)}`,
      errors: [{ severity: 'critical', start: 280 }],
    },
  ],
});
