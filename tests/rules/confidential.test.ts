import { confidential } from '../../src/core/rules/confidential';
import { ruleTester } from './rule-tester';

ruleTester(confidential, {
  valid: [
    'Our new A350 cabin is here! Take a look inside.',
    'Never share your password or one-time code with anyone, not even us.',
    'Do not share your booking reference in public replies.',
    "Don't share your PIN with anyone who calls you.",
    'Your answers stay confidential and are used only to improve our service.',
    'All calls to our helpline are completely confidential.',
    'Free and confidential support for our crew, 24/7.',
    'Tus datos son confidenciales. No compartas tus contraseñas.',
    'La atención es gratuita y confidencial.',
    'No compartir tus datos con nadie es la mejor defensa.',
    'The UN arms embargo on the region was lifted in 2020.',
    'Our Confidential Blend coffee is back!',
    { text: 'CONFIDENTIAL: new route to Tokyo', policy: { allowedTerms: ['CONFIDENTIAL'] } },
    'This beach is not public, please respect the residents.',
    'Uso externo: crema solar SPF50.',
  ],
  invalid: [
    { text: 'Sneak peek under NDA: our new A350 cabin. Don\'t tell anyone 🤫', errors: [{ severity: 'critical', category: 'confidential', excerpt: 'under NDA', start: 11, end: 20 }] },
    { text: 'Embargoed until 9am Tuesday: Nimbus Air orders 20 new jets.', errors: [{ severity: 'critical', excerpt: 'Embargoed until' }] },
    { text: 'Press release (under embargo) — new lounge in Lisbon', errors: [{ severity: 'critical', excerpt: 'under embargo' }] },
    { text: 'INTERNAL ONLY: winter fares go live on Monday', errors: [{ severity: 'critical', excerpt: 'INTERNAL ONLY' }] },
    { text: 'Winter fares deck (for internal use) attached, do not share.', errors: [{ severity: 'critical', excerpt: 'for internal use' }, { severity: 'critical', excerpt: 'do not share' }] },
    { text: 'Not for publication: results will be out on Friday.', errors: [{ severity: 'critical', excerpt: 'Not for publication' }] },
    { text: 'CONFIDENTIAL Q4 results: revenue up 12%', errors: [{ severity: 'critical', excerpt: 'CONFIDENTIAL' }] },
    { text: 'Confidential: new route to Tokyo', errors: [{ severity: 'critical', excerpt: 'Confidential' }] },
    { text: 'New cabin photos [confidential] look great', errors: [{ severity: 'critical', excerpt: 'confidential' }] },
    { text: 'Documento de uso interno: tarifas de invierno.', errors: [{ severity: 'critical', excerpt: 'uso interno' }] },
    { text: 'Nueva carta de otoño (no difundir hasta el lunes)', errors: [{ severity: 'critical', excerpt: 'no difundir' }] },
    { text: 'Nota de prensa con embargo hasta las 10:00 del martes', errors: [{ severity: 'critical', excerpt: 'embargo hasta' }] },
    { text: 'CONFIDENCIAL - nuevas rutas 2027', errors: [{ severity: 'critical', excerpt: 'CONFIDENCIAL' }] },
    { text: 'The new lounge is not yet public, but here is a first look!', errors: [{ severity: 'critical', excerpt: 'not yet public' }] },
    { text: 'We will discuss the confidential project next week.', errors: [{ severity: 'info', excerpt: 'confidential' }] },
  ],
});
