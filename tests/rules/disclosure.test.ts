import { disclosure } from '../../src/core/rules/disclosure';
import { ruleTester } from './rule-tester';

const accounts = [
  { platform: 'x' as const, id: '@nimbusair', kind: 'brand' as const },
  { platform: 'x' as const, id: '@tom_ortiz', kind: 'personal' as const },
];
const brand = { account: '@nimbusair', policy: { accounts } };
const tom = { account: '@tom_ortiz', policy: { accounts } };

ruleTester(disclosure, {
  valid: [
    { text: '#ad Obsessed with my new @TravelPro suitcase, get 25% off with code TOM25 ✈️', ...tom },
    { text: 'Obsessed with my new @TravelPro suitcase, get 25% off with code TOM25 ✈️ #sponsored', ...tom },
    { text: 'Ad: my new @TravelPro suitcase, 25% off with code TOM25', ...tom },
    { text: 'Paid partnership with @TravelPro: use my code TOM25 for 25% off', ...tom },
    { text: 'Winter sale: use code SNOW25 for 25% off all flights to Oslo.', ...brand },
    { text: '@kate_w So sorry Kate! Use code SORRY10 for 10% off your next booking.', context: 'reply', replyTo: '@kate_w', ...brand },
    { text: 'Great trip to Lisbon with @maria_g, thanks for the tips!', ...tom },
    { text: 'Code review day at the office. @dev_team you rock', ...tom },
    { text: 'Mi nueva maleta de @TravelPro, con mi código TOM25 tenéis un 25%. #publi', ...tom },
    { text: 'Gracias @maria por la cena de anoche ❤️', ...tom },
    { text: 'Our affiliate links help keep this blog free: https://example.com/x', ...tom },
  ],
  invalid: [
    {
      text: 'Obsessed with my new @TravelPro suitcase, get 25% off with code TOM25 ✈️',
      ...tom,
      errors: [{ severity: 'warning', excerpt: 'code TOM25', start: 59, end: 69 }],
    },
    { text: 'Link in bio for a discount on my favourite sneakers!', ...tom, errors: [{ severity: 'warning', excerpt: 'Link in bio for a discount' }] },
    { text: 'Use my code ANNA15 at checkout', ...tom, errors: [{ severity: 'warning', excerpt: 'Use my code' }] },
    { text: 'Mi nueva maleta de @TravelPro, con mi código TOM25 tenéis un 25%.', ...tom, errors: [{ severity: 'warning', excerpt: 'con mi código' }] },
    { text: 'Use código LUMBRE10 en @cafelumbre', account: '@someone', errors: [{ severity: 'warning', excerpt: 'código LUMBRE10' }] },
    { text: 'So in love with my @glowco serum 😍', ...tom, errors: [{ severity: 'info', excerpt: 'So in love with' }] },
    { text: 'Get 20% off with code SUMMER20', ...tom, errors: [{ severity: 'info', excerpt: 'code SUMMER20' }] },
    { text: 'Hotels in Oslo: link in bio for a discount with our partner', ...brand, errors: [{ severity: 'warning', excerpt: 'link in bio for a discount' }] },
  ],
});
