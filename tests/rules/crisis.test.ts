import { crisis } from '../../src/core/rules/crisis';
import { ruleTester } from './rule-tester';

const inCrisis = {
  account: '@qantas',
  policy: {
    accounts: [
      {
        platform: 'x' as const,
        id: '@Qantas',
        kind: 'brand' as const,
        crisis: { topic: 'fleet grounded during industrial dispute', terms: ['strike', 'grounded', 'cancelled', 'luxury'] },
      },
    ],
  },
};
const over = {
  account: '@qantas',
  policy: {
    accounts: [
      { platform: 'x' as const, id: '@Qantas', kind: 'brand' as const, crisis: { topic: 'strike', terms: ['strike'], until: '2026-01-01' } },
    ],
  },
};

ruleTester(crisis, {
  valid: [
    'Imagining luxury? Enter our contest for a chance to win! 🎉',
    { text: 'Our teams are working around the clock to get every customer home. Updates: https://qantas.com/updates', ...inCrisis },
    { text: 'Customers can request a refund online or call 13 13 13.', ...inCrisis },
    { text: 'We strike a balance', ...over },
    { text: 'Deluxe rooms and luxuryhotels.com bookings: updates on your stay.', ...inCrisis },
    { text: 'Our lounge now has LuxuryLine seats and a PlayStation corner; updates on your stay.', ...inCrisis },
    // Sober updates and care replies go out: an apology alone, a refund amount, opening hours.
    { text: 'Our care team is back at 8am. For urgent help, call 13 13 13.', ...inCrisis },
    { text: "We're sorry for the disruption. Customers can rebook free of charge at qantas.com.", ...inCrisis },
    { text: 'Refunds of $25 per passenger are being paid this week.', ...inCrisis },
    { text: 'We will credit £5 a month for the next three months to every affected customer.', ...inCrisis },
    { text: "We apologise for the disruption and we're investigating the cause with our supplier.", ...inCrisis },
    {
      text: '@kate_w We are so sorry, Kate. We are investigating what happened to your bag and will DM you today.',
      context: 'reply',
      ...inCrisis,
    },
    {
      text: 'Actualización 16:00: el servicio móvil ya funciona en el 90 % de la red. Seguimos trabajando para restablecer la fibra. Sentimos mucho las molestias.',
      ...inCrisis,
    },
    // Calls to act that a crisis team writes itself.
    { text: 'Subscribe now for network status alerts: https://qantas.com/status', ...inCrisis },
    { text: 'If you order today, delivery may take an extra day.', ...inCrisis },
    { text: 'Pásate a recoger tu router de sustitución en cualquier tienda; hoy abrimos solo hasta las 14:00.', ...inCrisis },
    { text: 'Date de alta en el área de clientes para recibir avisos. Que descanséis.', ...inCrisis },
    // Outside crisis mode, banter and offers are ordinary posts.
    { text: "Happy Friday! It's sleepy time, see you tomorrow for more", account: '@other' },
    { text: 'Este finde, fibra de 1 Gb a 25 €/mes. ¡Contrátala ya!', ...over },
  ],
  invalid: [
    {
      text: 'Imagining luxury? Tell us about your dream luxury inflight experience using #QantasLuxury for a chance to win!',
      ...inCrisis,
      errors: [
        { severity: 'critical', excerpt: 'luxury', start: 10, end: 16 },
        { severity: 'critical', excerpt: 'chance to win' },
      ],
    },
    { text: 'Flights cancelled today; see the link for refunds.', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'cancelled' }] },
    { text: 'Happy Friday everyone!!', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Happy Friday' }] },
    { text: 'Our crew says thank you!!', ...inCrisis, errors: [{ severity: 'critical', excerpt: '!!' }] },
    { text: 'Weekend flash sale on all fares', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'flash sale' }] },
    { text: 'Our crew had a party today 🥳', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'party' }] },
    { text: 'Sorteamos dos billetes a Sídney', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Sorteamos' }] },
    { text: 'Join the #StrikeBack club', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Strike' }] },
    // Banter, playful sign-offs and cheery greetings.
    {
      text: "It's sleepy time so we're off to hit the sack. Back at 8am!",
      ...inCrisis,
      errors: [{ severity: 'critical', excerpt: 'sleepy time' }],
    },
    { text: 'Nighty night from the care team', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Nighty night' }] },
    { text: 'TGIF. Have a great weekend, everyone', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'TGIF' }] },
    { text: '¡Feliz viernes! Hoy os contamos cómo cuidar la fibra de casa', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Feliz viernes' }] },
    { text: 'Nos vamos a dormir. Mañana más y mejor', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Nos vamos a dormir' }] },
    // Offers the shared promotion lexicon leaves out.
    { text: 'Upgrade today and fly business', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Upgrade today' }] },
    { text: 'Contrátala ya en nuestra web', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Contrátala ya' }] },
    { text: 'Llévatelo por solo 9 €', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Llévatelo' }] },
    // A statement on the crisis: a caution, whether or not it names the terms.
    {
      text: 'We are deeply sorry for what happened on board yesterday. A full review is under way.',
      ...inCrisis,
      errors: [{ severity: 'warning', excerpt: 'We are deeply sorry' }],
    },
    {
      text: 'This is an upsetting event for all of us. I apologise to the customers affected.',
      ...inCrisis,
      errors: [{ severity: 'warning', excerpt: 'apologise' }],
    },
    {
      text: 'Pedimos disculpas por lo ocurrido y colaboramos con las autoridades.',
      ...inCrisis,
      errors: [{ severity: 'warning', excerpt: 'Pedimos disculpas' }],
    },
  ],
});
