import { offensive } from '../../src/core/rules/offensive';
import { ruleTester } from './rule-tester';

ruleTester(offensive, {
  valid: [
    'Good morning from Madrid! Where are you flying this weekend?',
    'Our Scunthorpe route is back for the summer!',
    'The class of 2026 passed their assessment.',
  ],
  invalid: [
    { text: '@rival_air your new cabin looks like sh!t lol', errors: [{ severity: 'critical', excerpt: 'sh!t', start: 37, end: 41 }] },
    { text: '😀😀 f*ck this', errors: [{ severity: 'critical', excerpt: 'f*ck', start: 5, end: 9 }] },
    { text: 'what a b1tch', errors: [{ severity: 'critical', excerpt: 'b1tch' }] },
  ],
});
