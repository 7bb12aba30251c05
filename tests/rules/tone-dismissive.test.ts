import { toneDismissive } from '../../src/core/rules/tone-dismissive';
import { ruleTester } from './rule-tester';

const brand = { account: '@nimbusair', policy: { accounts: [{ platform: 'x' as const, id: '@nimbusair', kind: 'brand' as const }] } };
const cafe = { platform: 'facebook' as const, account: 'Café Lumbre', policy: { accounts: [{ platform: 'facebook' as const, id: 'Café Lumbre', kind: 'brand' as const }] } };

ruleTester(toneDismissive, {
  valid: [
    { text: "@jake_r We're really sorry about the delay, Jake. That's not the experience we want for you. Can you DM us your booking reference?", context: 'reply', ...brand },
    { text: '@kate_w You should have received a confirmation email; can you check your spam folder?', context: 'reply', ...brand },
    { text: 'Whatever your plans this winter, we have a fare for you.', ...brand },
    { text: 'Relax in our new lounge before your flight. Chill out, recharge, enjoy.', ...brand },
    { text: 'How to cope with jet lag: five tips from our crew.', ...brand },
    { text: "We'll deal with it right away, sorry for the trouble.", context: 'reply', ...brand },
    { text: 'Our customer said it best: "calm down, it\'s just a delay" 😄 Thanks Sam!', ...brand },
    { text: 'Sentimos mucho el retraso. ¿Nos escribes por privado con tu localizador?', context: 'reply', ...cafe },
    { text: 'So what\'s next? Tokyo!', ...brand },
    { text: '@kate_w Maybe try our lounge at Gate 5 while you wait! Next time, try our express check-in.', context: 'reply', ...brand },
    { text: '@kate_w Haha, we love this photo! 😄', context: 'reply', ...brand },
    'calm down everyone, it is just Monday',
  ],
  invalid: [
    {
      text: "@jake_r Calm down. Delays happen, it's not the end of the world.",
      context: 'reply',
      ...brand,
      errors: [
        { severity: 'critical', excerpt: 'Calm down' },
        { severity: 'critical', excerpt: "it's not the end of the world" },
      ],
    },
    {
      text: 'You people complain about everything. The coffee was fine.',
      context: 'comment',
      ...cafe,
      errors: [
        { severity: 'critical', excerpt: 'You people' },
        { severity: 'critical', excerpt: 'complain about everything' },
      ],
    },
    {
      text: "You don't really believe the peeing in bottles thing, do you? If that were true, nobody would work for us.",
      context: 'reply',
      ...brand,
      errors: [
        { severity: 'critical', excerpt: "You don't really believe" },
        { severity: 'critical', excerpt: 'nobody would work for us' },
      ],
    },
    { text: '@mo As we already said, read the terms before booking.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'As we already said' }, { severity: 'critical', excerpt: 'read the terms' }] },
    { text: '@mo You should have checked the baggage rules.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'You should have checked' }] },
    { text: '@mo We’re sorry you feel that way.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'We’re sorry you feel' }] },
    { text: '@mo With all due respect, the seat was as described.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'With all due respect' }] },
    { text: '@mo Unfortunately there is nothing we can do about the weather, but we can rebook you for free.', context: 'reply', ...brand, errors: [{ severity: 'info', excerpt: 'there is nothing we can do' }] },
    { text: '@mo calm down', context: 'reply', errors: [{ severity: 'warning', excerpt: 'calm down' }] },
    { text: '@mo Maybe try reading the T&Cs next time 🙄', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'Maybe try reading' }, { severity: 'warning', excerpt: '🙄' }] },
    { text: '@mo Oh great, another complaint about the coffee.', context: 'comment', ...brand, errors: [{ severity: 'critical', excerpt: 'Oh great, another' }] },
    { text: 'Vaya, otra queja. El café estaba bien.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Vaya, otra queja' }] },
    { text: '@mo Sounds like a you problem.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'Sounds like a you problem' }] },
    { text: 'Cálmate, no es para tanto.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Cálmate' }, { severity: 'critical', excerpt: 'no es para tanto' }] },
    { text: 'Como ya te dijimos, lee las condiciones.', context: 'reply', ...cafe, errors: [{ severity: 'critical', excerpt: 'Como ya te dijimos' }, { severity: 'critical', excerpt: 'lee las condiciones' }] },
    { text: 'Os quejáis de todo.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Os quejáis de todo' }] },
  ],
});
