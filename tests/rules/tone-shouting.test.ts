import { toneShouting } from '../../src/core/rules/tone-shouting';
import { ruleTester } from './rule-tester';

ruleTester(toneShouting, {
  valid: [
    'NEW ROUTE: Madrid to Tokyo, from June. Tickets on sale now at https://nimbusair.com/tokyo',
    'Fly NYC to LHR from 299 EUR on our A350, flight NB204.',
    'Can\'t believe my landlord raised the rent AGAIN.',
    'COPY FOR APPROVAL v3: Fly to Oslo from 49 EUR this winter!',
    'LAST CHANCE TO BOOK: winter fares end tonight.',
    'Thanks for flying with us! See you soon.',
    '#BlackFriday #NYC @NimbusAir https://nimbusair.com/SALE-NOW-ON-TODAY',
    'Nuevo menú de otoño en Café Lumbre. ¡Os esperamos!',
    { text: 'HUGE WINTER SALE this weekend, everything must go', name: 'a caps run in a post is only a hint' },
    { text: 'What a day!!! Thank you all', name: 'bangs in a post are only a hint' },
  ],
  invalid: [
    {
      text: '@jake_r WE ARE DOING EVERYTHING WE CAN TO HELP YOU',
      context: 'reply',
      errors: [{ severity: 'warning', excerpt: 'WE ARE DOING EVERYTHING WE CAN TO HELP YOU' }],
    },
    {
      text: 'THIS IS THE BEST DEAL YOU WILL EVER SEE ON FLIGHTS',
      errors: [{ severity: 'warning', excerpt: 'THIS IS THE BEST DEAL YOU WILL EVER SEE ON FLIGHTS' }],
    },
    {
      text: 'Please read our reply again. YOUR FLIGHT WAS NEVER CANCELLED, check your email.',
      context: 'comment',
      errors: [{ severity: 'warning', excerpt: 'YOUR FLIGHT WAS NEVER CANCELLED' }],
    },
    { text: '@kate_w We already told you!!!', context: 'reply', errors: [{ severity: 'warning', excerpt: '!!!' }] },
    { text: 'YA OS LO HEMOS DICHO MIL VECES, LEED EL CORREO', context: 'reply', errors: [{ severity: 'warning' }] },
    { text: 'What a day!!! Thank you all', errors: [{ severity: 'info', excerpt: '!!!' }] },
  ],
});
