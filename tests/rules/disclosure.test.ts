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
    { text: "Shared this on Amazon https://amzn.to/3xYz12", ...tom, name: "Amazon's share links without an Associates tag" },
    // Gifts: thanks without anything to buy, a family gift, a brand's own code, a disclosed gift.
    { text: 'Thank you @mum for the birthday gifts ❤️', ...tom },
    { text: 'Thanks @cafelumbre for the coffee this morning, see you Friday!', ...tom },
    { text: 'Thank you @glowco for the goodies! #gifted Use code TOM15 for 15% off', ...tom },
    { text: 'Thanks @glowco for the PR package, everything I got is listed here (gifted): https://glowco.com/set', ...tom },
    { text: 'Gracias @abuela por los regalos de cumpleaños 🎁', ...tom },
    { text: 'Gracias @cafelumbre por el café de esta mañana, ¡hasta el viernes!', ...tom },
    { text: 'Thanks @SkyJet for the upgrade, what a view!', ...tom },
    { text: 'Thanks to everyone who sent gifts for our charity drive: https://example.org/drive', ...tom },
    { text: 'Thank you @nimbusair for the goodies! Use code SNOW25 for 25% off winter fares.', ...brand, name: "a brand's own code on its own account" },
    { text: 'Huge thanks @trailclub for the care package after my race. Legends.', ...tom },
    // Holding a speculative asset without pushing it, or pushing tickets.
    { text: 'I got mine! Concert tickets are selling fast, get yours @arenaleeds', ...tom },
    { text: 'I bought some bitcoin years ago and forgot about it 😂', ...tom },
    { text: 'Ya tengo las mías: entradas para el concierto, ¡consigue las tuyas!', ...tom },
    { text: "I'm in! Signed up for the half marathon, last chance to join us.", ...tom },
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
    { text: 'Thank you @glowco for the goodies! LUCY15 gets you 15% off 💕', ...tom, errors: [{ severity: 'warning', excerpt: 'Thank you @glowco for the goodies' }] },
    { text: 'Thanks @glowco for the gorgeous PR package 😍 code LUCY for 15% off', ...tom, errors: [{ severity: 'warning', excerpt: 'Thanks @glowco for the gorgeous PR package' }] },
    { text: 'Thank you @stridelab for sending me these beauties! Shop them here https://stridelab.com/trail-x', ...tom, errors: [{ severity: 'warning', excerpt: 'Thank you @stridelab for sending me' }] },
    { text: '@glowco sent me their new serum and I am obsessed. 20% off with the link in my bio', ...tom, errors: [{ severity: 'warning', excerpt: '@glowco sent me' }] },
    { text: 'Gracias @glowco por el paquete tan bonito 😍 Tenéis un 15% de descuento en su web https://glowco.es', ...tom, errors: [{ severity: 'warning', excerpt: 'Gracias @glowco por el paquete' }] },
    { text: '@cafelumbre me ha enviado su nuevo café. Pilla el tuyo en su web https://cafelumbre.es', ...tom, errors: [{ severity: 'warning', excerpt: '@cafelumbre me ha enviado' }] },
    { text: 'Thank you @glowco for the goodies 💕', ...tom, errors: [{ severity: 'info', excerpt: 'Thank you @glowco for the goodies' }] },
    { text: 'The $NOVA presale ends tonight. I got mine, get yours before they sell out 🚀', ...tom, errors: [{ severity: 'warning', excerpt: 'I got mine' }] },
    { text: 'Ya tengo mis tokens de la preventa de tokens de @novacoin. ¡Entra ya antes de que suba!', ...tom, errors: [{ severity: 'warning', excerpt: 'Ya tengo mis tokens' }] },
  ],
});
