import { wrongAccount } from '../../src/core/rules/wrong-account';
import { ruleTester } from './rule-tester';

const accounts = [
  { platform: 'x' as const, id: '@nimbusair', kind: 'brand' as const, label: 'Nimbus Air' },
  { platform: 'linkedin' as const, id: 'Nimbus Air', kind: 'brand' as const },
  { platform: 'facebook' as const, id: 'Café Lumbre', kind: 'brand' as const },
  { platform: 'x' as const, id: '@tom_ortiz', kind: 'personal' as const },
  { platform: 'linkedin' as const, id: 'Tom Ortiz', kind: 'personal' as const },
];
const brand = { account: '@nimbusair', policy: { accounts } };
const brandIn = { platform: 'linkedin' as const, account: 'Nimbus Air', policy: { accounts } };
const cafe = { platform: 'facebook' as const, account: 'Café Lumbre', policy: { accounts } };
const tom = { account: '@tom_ortiz', policy: { accounts } };
const tomIn = { platform: 'linkedin' as const, account: 'Tom Ortiz', policy: { accounts } };

ruleTester(wrongAccount, {
  valid: [
    { text: 'soooo hungover today lmao never drinking again 🥴', ...tom },
    { text: 'soooo tired today lol, long week', ...tom },
    { text: "I'm happy to share that I'm starting a new position as Social Media Lead at Nimbus Air!", ...tomIn },
    { text: "Can't believe my landlord raised the rent AGAIN.", account: '@someone' },
    { text: 'Meet Lucía, one of our cabin crew for 12 years. Her tip for long flights: drink water and walk the aisle every two hours.', ...brand },
    { text: 'Our crew had a great night out at the staff awards! Congratulations to all the winners.', ...brand },
    { text: 'We are proud to welcome Ana as our new Head of Customer Care.', ...brandIn },
    { text: 'Our hangover cure: café con leche and churros, all weekend.', ...cafe },
    { text: '"I love my job because every day is different," says Lucía, cabin crew since 2014.', ...brandIn },
    { text: "@kate_w I'm sorry about that, Kate. I think your booking was moved; I'll check now. ^JL", context: 'reply', ...brand },
    { text: 'I woke up early to catch the sunrise over Madrid from our lounge.', ...brand },
    { text: 'Podemos ayudarte a cambiar tu reserva. Creo que a la derecha verás el mostrador.', ...cafe },
    { text: 'The government announced new travel rules today; here is what changes for you.', ...brand },
    { text: 'I think our new menu is the best yet!', ...cafe },
    { text: "We're expecting delays at Frankfurt this afternoon because of fog.", ...brand },
    { text: "We're excited to announce that we've joined the oneworld alliance!", ...brandIn },
    { text: "Excited to announce I've joined Nimbus Air as Head of Social!", ...tomIn },
  ],
  invalid: [
    { text: 'soooo hungover today lmao never drinking again 🥴', ...brand, errors: [{ severity: 'critical', excerpt: 'hungover' }] },
    {
      text: "Can't believe my landlord raised the rent AGAIN. Anyone know a good flat in Madrid?",
      ...cafe,
      errors: [{ severity: 'critical', excerpt: "Can't believe my" }],
    },
    {
      text: "I'm happy to share that I'm starting a new position as Social Media Lead at Nimbus Air!",
      ...brandIn,
      errors: [{ severity: 'critical', excerpt: "I'm happy to share that I" }],
    },
    { text: 'Date night with my boyfriend 💕', ...brand, errors: [{ severity: 'critical', excerpt: 'my boyfriend' }] },
    { text: 'My boss is driving me crazy today', ...brand, errors: [{ severity: 'critical', excerpt: 'My boss' }] },
    { text: 'Honestly I think the president is a disgrace.', ...brand, errors: [{ severity: 'critical', excerpt: 'I think the president' }] },
    { text: 'I voted for Labour and I am proud of it', ...brand, errors: [{ severity: 'critical' }] },
    { text: "Can't wait to get off work and get wasted tonight", ...brand, errors: [{ severity: 'critical', excerpt: "Can't wait to get off work" }] },
    { text: "We're tweeting live from HR where we're all being fired!", ...brand, errors: [{ severity: 'critical', excerpt: "we're all being fired" }] },
    { text: "Ugh, my flight got cancelled and I'm stuck in Frankfurt. Worst day ever.", ...brand, errors: [{ severity: 'critical', excerpt: 'Ugh, my' }] },
    { text: 'Just got engaged!!! 💍 I said yes!', ...brand, errors: [{ severity: 'critical', excerpt: 'Just got engaged' }] },
    { text: "Excited to announce I've joined Nimbus Air as Head of Social!", ...brandIn, errors: [{ severity: 'critical', excerpt: "Excited to announce I've" }] },
    { text: 'Honestly, anyone who votes for Vox is an idiot.', ...brand, errors: [{ severity: 'critical', excerpt: 'anyone who votes for Vox' }] },
    { text: 'Qué resaca llevo hoy, no vuelvo a beber', ...cafe, errors: [{ severity: 'critical', excerpt: 'Qué resaca' }] },
    { text: 'Mi casero me ha subido el alquiler otra vez', ...cafe, errors: [{ severity: 'critical', excerpt: 'Mi casero' }] },
    { text: 'Estoy feliz de anunciar que empiezo un nuevo puesto como responsable de redes', ...cafe, errors: [{ severity: 'critical' }] },
    { text: 'Yo creo que el gobierno lo está haciendo fatal', ...cafe, errors: [{ severity: 'critical', excerpt: 'Yo creo que el gobierno' }] },
  ],
});
