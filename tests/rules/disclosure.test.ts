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
    { text: 'Loved this piece on night trains https://example.com/story?ref=twitter', ...tom, name: 'a channel tag is not a referral' },
    { text: 'Great read: https://example.com/a?utm_source=newsletter&utm_campaign=spring24', ...tom, name: "a shop's own campaign tags" },
    { text: 'New trail shoe review https://stridelab.com/trail-x?ref=tom25 #ad', ...tom },
    { text: 'Nuevo post con enlace https://tienda.es/x?ref=tom25 (enlace de afiliado)', ...tom },
    { text: 'Our parka is back: https://nimbusair.com/parka?ref=x&utm_source=tom25', ...brand, name: "a brand's own tracking tags" },
    { text: 'The RTX4090 is finally in stock, 20% cheaper than last month', ...tom, name: 'a product model is not a code' },
    { text: 'Shared this on Amazon https://amzn.to/3xYz12', ...tom, name: "Amazon's share links without an Associates tag" },
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
    {
      text: 'The trail shoes everyone keeps asking about 👟 https://stridelab.com/trail-x?ref=tom15 and TOM15 still gets you 15% off!',
      ...tom,
      errors: [{ severity: 'warning', excerpt: 'https://stridelab.com/trail-x?ref=tom15' }],
    },
    { text: 'My go-to headlamp: https://www.amazon.com/dp/B0ABC?tag=tomortiz-20', ...tom, errors: [{ severity: 'warning', excerpt: 'https://www.amazon.com/dp/B0ABC?tag=tomortiz-20' }] },
    { text: 'Everything I wore on the trip: https://liketk.it/4aBcD', ...tom, errors: [{ severity: 'warning', excerpt: 'https://liketk.it/4aBcD' }] },
    { text: 'Mis zapatillas: https://tienda.es/z?aff=99812', ...tom, errors: [{ severity: 'warning', excerpt: 'https://tienda.es/z?aff=99812' }] },
    { text: 'Grab yours https://shop.example.com/p?utm_source=tom_ortiz&utm_medium=social', ...tom, errors: [{ severity: 'warning' }] },
    { text: 'TOM15 gets you 15% off at @StrideLab all week', ...tom, errors: [{ severity: 'warning', excerpt: 'TOM15' }] },
    { text: 'Con TOM10 tenéis un 10 % en toda la web', ...tom, errors: [{ severity: 'info', excerpt: 'TOM10' }] },
    { text: 'Hotels in Oslo: link in bio for a discount with our partner', ...brand, errors: [{ severity: 'warning', excerpt: 'link in bio for a discount' }] },
  ],
});
