import { toneHarmfulJoke } from '../../src/core/rules/tone-harmful-joke';
import { ruleTester } from './rule-tester';

const brand = { account: '@bloomingdales', policy: { accounts: [{ platform: 'x' as const, id: '@bloomingdales', kind: 'brand' as const }] } };

ruleTester(toneHarmfulJoke, {
  valid: [
    'Spice up your eggnog with a pinch of nutmeg.',
    'Our holiday punch: spiked with rum, for grown-ups only, drink responsibly.',
    'Sneak a second cookie when nobody is watching 🍪',
    { ...brand, text: "Sneak an extra cookie when they're not looking 🍪" },
    { ...brand, text: 'Cómete otra galleta cuando no mire nadie 🍪' },
    'Designated driver? Our mocktails are on the house.',
  ],
  invalid: [
    { ...brand, text: 'Échale algo en la copa cuando no esté mirando 😜', errors: [{ severity: 'critical', excerpt: 'Échale algo en la copa cuando no esté mirando' }] },
    {
      text: "Spike your best friend's eggnog when they're not looking.",
      ...brand,
      errors: [{ severity: 'critical', excerpt: "Spike your best friend's eggnog when they're not looking" }],
    },
    { text: 'Slip something into her drink 😉', errors: [{ severity: 'warning', excerpt: 'Slip something into her drink' }] },
    { text: 'lol just kys', errors: [{ severity: 'warning', excerpt: 'kys' }] },
  ],
});
