import { date } from '../../src/core/rules/date';
import { ruleTester } from './rule-tester';

// Posting time for every case: Friday 20 November 2026, 15:00 UTC (the tester's default).
ruleTester(date, {
  valid: [
    '¡Os esperamos el viernes 4 de diciembre para la cata de café!',
    'Join our careers open day on Tuesday, December 8, from 10am to 4pm at our Madrid office.',
    'Cerramos el 25 de diciembre y el 1 de enero. ¡Felices fiestas!',
    'Our Lisbon lounge opens Mon 12/7. See you there!',
    'Sat 5/6: summer party at the hangar (June 5, day first).',
    'Thu 5/6: summer party at the hangar (May 6, US style).',
    'Nimbus Air was founded on March 3, 1998 in Madrid.',
    'Thank you to everyone who joined us on Saturday, November 14!',
    'Since November 3 we fly daily to Oslo.',
    'The sale ended on November 3. Thanks for shopping with us!',
    'Closed on January 1 and open again on January 2.',
    'Winter sale: 20% off, fares from 49 EUR, 10am–4pm, flight NB204, class of 2026.',
    'Good morning from Madrid! ☀️ Where are you flying this weekend?',
    'You may want to pack a jumper, the sun sets early in Oslo.',
    'Fly to Rome every Friday from December.',
    'Join us Saturday the 5th of December!',
    'December 8th (Tuesday) is our open day.',
    'Sale ends Wednesday, December 9th at midnight.',
    'Reserva antes del miércoles 9 de diciembre.',
    'Mon 7 December 2026: the new route starts.',
    'Black Friday, November 27: all fares 30% off!',
    'Offer valid until 31 December.',
    { text: 'Ends on November 3.', now: '2026-10-20T10:00:00Z' },
    'Our November 3 recap is up on the blog.',
  ],
  invalid: [
    {
      text: 'Our Lisbon lounge opens Tue 12/7. See you there!',
      errors: [{ severity: 'warning', category: 'date', excerpt: 'Tue 12/7', start: 24, end: 32 }],
    },
    {
      text: '¡Os esperamos el sábado 4 de diciembre para la cata de café!',
      errors: [{ severity: 'warning', excerpt: 'sábado 4 de diciembre' }],
    },
    {
      text: 'Join our careers open day on Wednesday, December 8, from 10am to 4pm at our Madrid office.',
      errors: [{ severity: 'warning', excerpt: 'Wednesday, December 8' }],
    },
    { text: 'Last chance! Our Black Friday fares end on November 3.', errors: [{ severity: 'warning', excerpt: 'November 3' }] },
    { text: 'Fri 5/6: summer party at the hangar.', errors: [{ severity: 'warning', excerpt: 'Fri 5/6' }] },
    { text: 'Join us Sunday the 5th of December!', errors: [{ severity: 'warning', excerpt: 'Sunday the 5th of December' }] },
    { text: 'Sale ends Thu. Dec. 9th at midnight.', errors: [{ severity: 'warning', excerpt: 'Thu. Dec. 9th' }] },
    { text: 'Reserva antes del jueves 9 de diciembre.', errors: [{ severity: 'warning', excerpt: 'jueves 9 de diciembre' }] },
    { text: 'Tue 7 December 2026: the new route starts.', errors: [{ severity: 'warning', excerpt: 'Tue 7 December 2026' }] },
    { text: 'La promoción termina el 3 de noviembre. ¡Corre!', errors: [{ severity: 'warning', excerpt: '3 de noviembre' }] },
    { text: 'Tickets on sale until November 18!', errors: [{ severity: 'warning', excerpt: 'November 18' }] },
    { text: 'The offer runs until 31 October 2026.', errors: [{ severity: 'warning', excerpt: '31 October 2026' }] },
    { text: 'Our pop-up: November 3.', errors: [{ severity: 'info', excerpt: 'November 3' }] },
  ],
});
