import { placeholder } from '../../src/core/rules/placeholder';
import { ruleTester } from './rule-tester';

ruleTester(placeholder, {
  valid: [
    'Winter sale: 20% off all flights to Rome until Sunday.',
    'Reply with your favourite destination [optional] and we will send tips.',
    'Our new menu is here: https://cafelumbre.es/menu',
    'Follow us <3',
  ],
  invalid: [
    { text: 'Hi {first_name}, your trip to Lisbon is confirmed!', errors: [{ severity: 'critical', excerpt: '{first_name}', start: 3, end: 15 }] },
    { text: 'Congratulations to {{employee_name}} on 10 years!', errors: [{ severity: 'critical', excerpt: '{{employee_name}}' }] },
    { text: 'Nuestro nuevo menú de otoño ya está aquí: [ENLACE]', errors: [{ severity: 'critical', excerpt: '[ENLACE]' }] },
    { text: 'Read more: [link]', errors: [{ severity: 'critical', excerpt: '[link]' }] },
    { text: 'Dear <NAME>, thanks for flying with us', errors: [{ severity: 'critical', excerpt: '<NAME>' }] },
  ],
});
