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
    // The same nights out, aches and anniversaries are fine from a person, and in the brand's own voice.
    { text: 'Hoy no soy persona. Que alguien me traiga un café y un ibuprofeno, por favor', ...tom },
    { text: "Five years ago today I walked into this office. Here's to the next five!", ...tomIn },
    { text: 'Last night our whole team got together to celebrate 25 years of Nimbus Air.', ...brandIn },
    { text: 'Twenty-five years ago, two friends opened a tiny café in Madrid with one borrowed espresso machine.', ...cafe },
    { text: 'Meet Ana: five years ago she walked into our Leeds office as a trainee. Today she leads the team.', ...brandIn },
    { text: '"Five years ago today I walked into this office not knowing anyone," says Ana, our head of design.', ...brandIn },
    { text: 'Llevamos 25 años en Valencia. ¡Gracias por estar ahí!', ...cafe },
    { text: '¿Necesitas un café para empezar el día? Te lo llevamos a la oficina.', ...cafe },
    { text: "Beer o'clock! Our new IPA is on tap from 5pm, and we drink it cold.", ...cafe },
    { text: 'Day drinking on our terrace? Get tipsy at our bottomless brunch, Saturdays from 11.', ...cafe },
    { text: '¡Hoy nos ponemos finos con el cocido de la abuela!', ...cafe },
    { text: 'We have not been paid a visit by the sun all week, so the terrace stays closed.', ...cafe },
    { text: 'None of us got fired for trying this new recipe 😅', ...cafe },
    { text: "We're hiring 60 people for our new Leeds hub: https://nimbusair.com/careers", ...brand },
    // Politics without a verdict, a verdict without a politician.
    { text: 'Former President Obama visited our Chicago lounge today. Thank you for stopping by!', ...brand },
    { text: "Election night? Order in, it's not that bad.", ...cafe },
    { text: 'Biden is a joke', ...tom },
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
    // Drinking slang, also run together in a hashtag as tweets spell it.
    { text: 'Round two at the bar #gettinwasted', ...brand, errors: [{ severity: 'critical', excerpt: '#gettinwasted' }] },
    { text: 'Time to get sloshed with the team', ...brand, errors: [{ severity: 'critical', excerpt: 'get sloshed' }] },
    { text: 'Anoche pillamos una buena cogorza en la boda', ...cafe, errors: [{ severity: 'critical', excerpt: 'pillamos una buena cogorza' }] },
    // The morning after.
    { text: 'Someone bring me coffee and painkillers, last night was wild', ...brand, errors: [{ severity: 'critical', excerpt: 'Someone bring me' }] },
    { text: "I'm not a person today. Don't talk to me.", ...brand, errors: [{ severity: 'critical', excerpt: "I'm not a person today" }] },
    { text: 'Hoy no soy persona, que alguien me traiga un ibuprofeno', ...cafe, errors: [{ severity: 'critical', excerpt: 'Hoy no soy persona' }] },
    // Staff grievances.
    {
      text: 'Over 40 of us are being made redundant today and nobody told us',
      ...brand,
      errors: [{ severity: 'critical', excerpt: '40 of us are being made redundant' }],
    },
    { text: "They're firing all of us on Friday.", ...brand, errors: [{ severity: 'critical', excerpt: "They're firing all of us" }] },
    { text: "We still haven't been paid for December", ...brand, errors: [{ severity: 'critical', excerpt: "We still haven't been paid" }] },
    { text: 'Nos van a despedir a todos y nadie dice nada', ...cafe, errors: [{ severity: 'critical', excerpt: 'Nos van a despedir' }] },
    // One's own work anniversary.
    {
      text: 'Five years ago today I joined this team as an intern. Grateful for every mentor.',
      ...brandIn,
      errors: [{ severity: 'critical', excerpt: 'years ago today I joined' }],
    },
    { text: 'Today marks my fifth year at Nimbus Air!', ...brandIn, errors: [{ severity: 'critical', excerpt: 'Today marks my fifth year' }] },
    { text: 'Hoy hace cinco años que entré por esta puerta', ...cafe, errors: [{ severity: 'critical', excerpt: 'Hoy hace cinco años que entré' }] },
    { text: 'Llevo diez años trabajando en Café Lumbre', ...cafe, errors: [{ severity: 'critical', excerpt: 'Llevo diez años trabajando en' }] },
    // A blunt verdict on a politician or a party, without "I think": a caution.
    { text: 'Biden is a joke', ...brand, errors: [{ severity: 'warning', excerpt: 'Biden is a joke' }] },
    { text: 'Obamas grandma knew it would be bad!', ...brand, errors: [{ severity: 'warning', excerpt: 'Obamas grandma knew it would be bad' }] },
    { text: 'El PSOE es un desastre', ...cafe, errors: [{ severity: 'warning', excerpt: 'PSOE es un desastre' }] },
  ],
});
