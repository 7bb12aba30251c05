import { inclusiveLanguage } from '../../src/core/rules/inclusive-language';
import { ruleTester } from './rule-tester';

ruleTester(inclusiveLanguage, {
  valid: [
    'Meet Lucía, one of our cabin crew for 12 years.',
    'Crazy deals this weekend: 30% off all flights!',
    'Hey guys, our new lounge is open!',
    'Stay at the Mandarin Oriental and earn double points.',
    'Our chairman opens the new terminal today.',
    'Wheelchair users can book assistance up to 48 hours before departure.',
    'Older travellers get priority boarding on all routes.',
    'Hoy en el menú: ropa vieja cubana. ¡Y paseo por la ciudad vieja!',
    'El código es inválido; prueba otra vez. El precio ha disminuido.',
    'Recordando los viejos tiempos en Café Lumbre.',
    'Descargas ilegales no, gracias: escucha nuestra playlist en Spotify.',
    'Personas con discapacidad: asistencia gratuita en todos los vuelos.',
    'Our accessibility team helps people with disabilities travel with confidence.',
  ],
  invalid: [
    { text: 'Man up and try our extra-hot salsa!', errors: [{ severity: 'warning', excerpt: 'Man up', start: 0, end: 6 }] },
    { text: 'Our new ball: even if you throw like a girl, it flies.', errors: [{ severity: 'warning', excerpt: 'throw like a girl' }] },
    { text: 'Our lounge welcomes wheelchair-bound travellers.', errors: [{ severity: 'warning', excerpt: 'wheelchair-bound' }] },
    { text: 'Our colleague Sam suffers from autism and loves trains.', errors: [{ severity: 'warning', excerpt: 'suffers from autism' }] },
    { text: 'Women belong in the kitchen. Apply for our chef programme!', errors: [{ severity: 'warning', excerpt: 'Women belong in the kitchen' }] },
    { text: 'Look like a girl, act like a lady, think like a man', errors: [{ severity: 'warning', excerpt: 'like a girl' }, { severity: 'warning', excerpt: 'act like a lady' }, { severity: 'warning', excerpt: 'think like a man' }] },
    { text: 'Old people get 10% off on Tuesdays.', errors: [{ severity: 'warning', excerpt: 'Old people' }] },
    { text: 'Seats for handicapped passengers are at the front.', errors: [{ severity: 'warning', excerpt: 'handicapped' }] },
    { text: 'Ask our stewardess for a blanket', errors: [{ severity: 'info', excerpt: 'stewardess' }] },
    { text: 'That customer is crazy, honestly', errors: [{ severity: 'info', excerpt: 'customer is crazy' }] },
    { text: 'Illegal aliens crossing the border', errors: [{ severity: 'warning', excerpt: 'Illegal aliens' }] },
    { text: 'Asientos reservados para minusválidos.', errors: [{ severity: 'warning', excerpt: 'minusválidos' }] },
    { text: 'Nuestra compañera está postrada en una silla de ruedas desde 2019.', errors: [{ severity: 'warning', excerpt: 'postrada en una silla de ruedas' }] },
    { text: 'Mi sobrino padece autismo y le encanta volar.', errors: [{ severity: 'warning', excerpt: 'padece autismo' }] },
    { text: 'Lloras como una niña', errors: [{ severity: 'warning', excerpt: 'como una niña' }] },
    { text: 'Descuento para los viejos del barrio', errors: [{ severity: 'warning', excerpt: 'los viejos' }] },
    { text: 'Trabajamos como un negro para abrir a tiempo', errors: [{ severity: 'warning', excerpt: 'como un negro' }] },
  ],
});
