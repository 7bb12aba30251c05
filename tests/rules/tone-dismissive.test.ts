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
    // Near misses of the lecturing and blaming entries.
    { text: 'As we said yesterday, the store opens at 9 on Sunday.', ...brand },
    { text: "Don't worry, you're not overreacting: the sale really is that good.", ...brand },
    { text: "If you're insecure about your smile, our whitening kit can help.", ...brand },
    { text: 'Our coaches help you overcome your insecurities, one session at a time.', ...brand },
    { text: 'Check our FAQ before your first trip: it answers most questions.', ...brand },
    { text: '¿Cuáles son tus complejos? Te ayudamos a superarlos.', ...cafe },
    { text: 'Como ya sabéis, el domingo abrimos a las 9.', ...cafe },
    { text: "@mo Sorry, we have already told you everything we know; we'll update you as soon as we hear more.", context: 'reply', ...brand },
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
    {
      text: "@dani_p As we’ve already explained, transfers take 1–3 working days. Please check the FAQ before tagging us again.",
      context: 'reply',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'As we’ve already explained' }, { severity: 'critical', excerpt: 'before tagging us again' }],
    },
    { text: '@mo I have already explained this to you twice.', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'I have already explained this to you' }] },
    { text: 'Why make your insecurities our problem?', context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: 'make your insecurities our problem' }] },
    { text: "@mo You're just overreacting. Don't buy it then.", context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: "You're just overreacting" }, { severity: 'critical', excerpt: "Don't buy it then" }] },
    { text: "@mo Sounds like you're jealous. Nobody asked you.", context: 'reply', ...brand, errors: [{ severity: 'critical', excerpt: "Sounds like you're jealous" }, { severity: 'critical', excerpt: 'Nobody asked you' }] },
    { text: 'That’s just your insecurity talking.', ...brand, errors: [{ severity: 'warning', excerpt: 'That’s just your insecurity' }] },
    {
      text: 'Como ya te hemos explicado, las transferencias tardan de 1 a 3 días. Consulta las preguntas frecuentes antes de volver a escribirnos.',
      context: 'reply',
      ...cafe,
      errors: [{ severity: 'critical', excerpt: 'Como ya te hemos explicado' }, { severity: 'critical', excerpt: 'antes de volver a escribirnos' }],
    },
    { text: 'Tus complejos no son nuestro problema.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'no son nuestro problema' }] },
    { text: 'Estás exagerando. Si no te gusta, pues no lo compres.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Estás exagerando' }, { severity: 'critical', excerpt: 'Si no te gusta' }, { severity: 'critical', excerpt: 'pues no lo compres' }] },
    { text: 'Cálmate, no es para tanto.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Cálmate' }, { severity: 'critical', excerpt: 'no es para tanto' }] },
    { text: 'Como ya te dijimos, lee las condiciones.', context: 'reply', ...cafe, errors: [{ severity: 'critical', excerpt: 'Como ya te dijimos' }, { severity: 'critical', excerpt: 'lee las condiciones' }] },
    { text: 'Os quejáis de todo.', context: 'comment', ...cafe, errors: [{ severity: 'critical', excerpt: 'Os quejáis de todo' }] },
  ],
});
