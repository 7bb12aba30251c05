import { unverifiedClaim } from '../../src/core/rules/unverified-claim';
import { ruleTester } from './rule-tester';

ruleTester(unverifiedClaim, {
  valid: [
    'In October, 91% of our flights departed on time, according to our published punctuality report: https://nimbusair.com/punctuality',
    'Money-back guarantee on every booking: if your plans change, we refund you.',
    'Satisfaction guaranteed, or your next coffee is on us.',
    'Warm treats for cold days ☕',
    'We are proud to support the fight against cancer with every purchase this month.',
    'Five of the most beautiful beaches in the world, all two hours from Madrid.',
    'Our new lounge is the best place to relax before your flight.',
    'Get your flu shot at the pharmacy next to Gate 12.',
    'Mergers and acquisitions: our legal team explains the new rules.',
    { text: 'That is not true, says the report. Read it here.', name: 'a denial in a post is only a hint' },
    'Nuestro café de especialidad, tostado cada semana en Madrid.',
    'Se trata de una cata de cafés de Etiopía.',
    { text: 'The safest airline in Europe for 2025, according to the AirlineRatings report.', name: 'sourced superlative' },
  ],
  invalid: [
    {
      text: "The world's safest airline, guaranteed. Zero delays all year!",
      errors: [
        { severity: 'warning', excerpt: "The world's safest" },
        { severity: 'info', excerpt: 'guaranteed' },
        { severity: 'warning', excerpt: 'Zero delays' },
      ],
    },
    { text: 'Our ginger shot boosts immunity and prevents COVID.', errors: [{ severity: 'warning', excerpt: 'boosts immunity' }, { severity: 'warning', excerpt: 'prevents COVID' }] },
    { text: 'This tea cures anxiety in a week', errors: [{ severity: 'warning', excerpt: 'cures anxiety' }] },
    { text: 'Kills 99.9% of germs and viruses', errors: [{ severity: 'warning', excerpt: 'Kills 99.9% of germs' }] },
    { text: 'The best coffee in the world, right here in Madrid.', errors: [{ severity: 'warning', excerpt: 'The best coffee in the world' }] },
    { text: "RIP Carrie, you'll always have the best buns in the galaxy", errors: [{ severity: 'warning', excerpt: 'the best buns in the galaxy' }] },
    { text: '100% safe for kids.', errors: [{ severity: 'warning', excerpt: '100% safe' }] },
    { text: 'We will be profitable next quarter, no doubt.', errors: [{ severity: 'warning', excerpt: 'We will be profitable' }] },
    { text: 'Yes, we are in acquisition talks with SkyJet.', errors: [{ severity: 'warning', excerpt: 'acquisition talks' }] },
    {
      text: "You don't really believe the peeing in bottles thing, do you? If that were true, nobody would work for us.",
      context: 'reply',
      errors: [
        { severity: 'warning', excerpt: 'If that were true' },
        { severity: 'warning', excerpt: 'nobody would work for us' },
      ],
    },
    { text: 'El mejor café del mundo, en tu barrio.', errors: [{ severity: 'warning', excerpt: 'El mejor café del mundo' }] },
    { text: 'Nuestro zumo refuerza el sistema inmunológico.', errors: [{ severity: 'warning', excerpt: 'refuerza el sistema inmunológico' }] },
    { text: 'Vuelos 100% seguros y cero retrasos.', errors: [{ severity: 'warning', excerpt: '100% seguros' }, { severity: 'warning', excerpt: 'cero retrasos' }] },
    { text: 'Eso es mentira, nadie trabajaría aquí si fuera así.', context: 'comment', errors: [{ severity: 'warning', excerpt: 'Eso es mentira' }, { severity: 'warning', excerpt: 'nadie trabajaría aquí' }] },
  ],
});
