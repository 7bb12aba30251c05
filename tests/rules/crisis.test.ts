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
    { text: 'Happy Friday everyone!!', ...inCrisis, errors: [{ severity: 'critical', excerpt: '!!' }] },
    { text: 'Weekend flash sale on all fares', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'flash sale' }] },
    { text: 'Our crew had a party today 🥳', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'party' }] },
    { text: 'Sorteamos dos billetes a Sídney', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Sorteamos' }] },
    { text: 'Join the #StrikeBack club', ...inCrisis, errors: [{ severity: 'critical', excerpt: 'Strike' }] },
  ],
});
