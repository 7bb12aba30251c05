import { toneContempt } from '../../src/core/rules/tone-contempt';
import { ruleTester } from './rule-tester';

const civil = { account: '@civilservice', policy: { accounts: [{ platform: 'x' as const, id: '@civilservice', kind: 'brand' as const }] } };
const tienda = { account: '@tiendaluz', policy: { accounts: [{ platform: 'x' as const, id: '@tiendaluz', kind: 'brand' as const }] } };

ruleTester(toneContempt, {
  valid: [
    // A word of scorn without its target: a critic quoted, a product judged, a label in the news.
    { text: "'Mediocre', said one review — we disagree, and here's why.", ...civil },
    { text: 'Critics called it "mediocre". We disagree: taste it yourself.', ...civil },
    { text: 'Critics called it mediocre. We disagree.', ...civil },
    { text: 'Fans of mediocre coffee, look away.', ...civil },
    { text: 'Tweeters react to the final. Brilliant!', ...civil },
    { text: "Most voters are clueless about their pension. Here's how to check yours.", ...civil },
    { text: 'Fans are sad today after the loss.', ...civil },
    { text: 'Critics say our new roast is bland. Mediocre? Never. Taste it and see.', ...civil },
    { text: 'Our fans are absolutely unhinged and we would not have it any other way', ...civil },
    // The same words said of something literal, with love, in a title, or as a dare.
    { text: "These clowns will make your kid's party unforgettable! Book now.", ...civil },
    { text: 'We love these idiots ❤️ Happy birthday to our crew!', ...civil },
    { text: 'Catch these Pretty Little Liars on Friday at 9.', ...civil },
    { text: "Don't be such cowards: try our hottest wing.", ...civil },
    { text: 'Beware of these crooks: they pretend to be your bank.', ...civil },
    { text: 'Our fans. Legendary.', ...civil },
    { text: 'Can you imagine working with these people? Our team of 40 engineers is hiring!', ...civil },
    { text: '"What a bunch of clowns", one viewer wrote. We hear you and the show is changing.', ...civil },
    { text: "Estos payasos animarán tu fiesta de cumpleaños.", ...tienda },
    { text: 'Calcula la hipotenusa a partir de estos catetos.', ...tienda },
    { text: 'Lamentable el comportamiento de algunos aficionados en el estadio. Condenamos cualquier violencia.', ...tienda },
    { text: 'Estos trastos inútiles ocupan sitio: dónalos.', ...tienda },
    { text: '¡Qué inútiles son los paraguas baratos! Prueba el nuestro.', ...tienda },
    { text: 'Estos fanáticos del café ya tienen su nueva taza.', ...tienda },
    { text: 'Los críticos la llamaron «mediocre». Nosotros no estamos de acuerdo.', ...tienda },
    { text: 'Os queremos, panda de cracks ❤️', ...tienda },
    { text: 'Lamentable el estado de las carreteras tras la DANA. Conduce con cuidado.', ...tienda },
    { text: 'Los votantes indecisos deciden hoy: así votan los jóvenes.', ...tienda },
    { text: '¿Te imaginas trabajar con este equipo? ¡Contratamos!', ...tienda },
    { text: 'These fans are unbelievable. 40,000 voices, one song. Thank you!', ...civil },
    { text: 'Those losers from last season are now champions. What a turnaround for our U12s!', ...civil },
    { text: 'Voters are irrational, says a new study from our economics department.', ...civil },
    { text: 'A bunch of amateurs built this in their garage. Ten years later, here we are.', ...civil },
    { text: 'You fools thought we forgot April Fools? 🃏', ...civil },
    { text: 'Los votantes son irracionales, según un nuevo estudio de la universidad.', ...tienda },
    { text: 'Estos ignorantes de la historia no conocen nuestro pasado… ¡ven al museo y descúbrelo!', ...tienda },
    { text: 'Qué mediocres los precios de la competencia 😉', ...tienda },
    { text: 'Lamentable la actitud de algunos tuiteros con nuestra compañera. Tolerancia cero con el acoso.', ...tienda },
    // Sneering on a personal account is the person's own voice: a hint at most.
    'Can you imagine having to work with these truth twisters?',
  ],
  invalid: [
    {
      text: 'Arrogant and offensive. Can you imagine having to work with these truth twisters?',
      ...civil,
      errors: [{ category: 'tone', severity: 'warning', excerpt: 'these truth twisters' }],
    },
    { text: 'What a bunch of clowns.', ...civil, errors: [{ category: 'tone', severity: 'warning', excerpt: 'What a bunch of clowns' }] },
    { text: 'Remoaners are so deluded.', ...civil, errors: [{ severity: 'warning', excerpt: 'Remoaners are so deluded' }] },
    { text: 'The pathetic arguments of lefty tweeters never cease to amaze.', ...civil, errors: [{ severity: 'warning', excerpt: 'pathetic arguments of lefty tweeters' }] },
    { text: 'Can you believe these hypocrites?', ...civil, errors: [{ severity: 'warning', excerpt: 'these hypocrites' }] },
    { text: "Can you imagine having to deal with these people? Honestly.", ...civil, errors: [{ severity: 'warning', excerpt: 'Can you imagine having to deal with these people' }] },
    { text: '@critic Honestly, what a bunch of clowns.', context: 'reply', replyTo: '@critic', ...civil, errors: [{ severity: 'critical', excerpt: 'what a bunch of clowns' }] },
    { text: 'Such spineless critics. Nothing new there.', ...civil, errors: [{ severity: 'warning', excerpt: 'Such spineless critics' }] },
    { text: 'So many tweets from angry vegans today. Pathetic and deluded.', ...civil, errors: [{ severity: 'warning', excerpt: 'vegans today. Pathetic and deluded' }] },
    {
      text: 'Lamentable el argumentario de tuiteros podemitas. Irracional y mediocre #PartidoDeVuelta',
      ...tienda,
      errors: [{ category: 'tone', severity: 'warning', excerpt: 'Lamentable el argumentario de tuiteros podemitas' }],
    },
    { text: 'Qué panda de ignorantes.', ...tienda, errors: [{ severity: 'warning', excerpt: 'Qué panda de ignorantes' }] },
    { text: 'Los podemitas son unos ignorantes.', ...tienda, errors: [{ severity: 'warning', excerpt: 'podemitas son unos ignorantes' }] },
    { text: 'Estos mentirosos no saben ni lo que dicen.', ...tienda, errors: [{ severity: 'warning', excerpt: 'Estos mentirosos' }] },
    { text: '¡Qué cobardes!', ...tienda, errors: [{ severity: 'warning', excerpt: 'Qué cobardes' }] },
    { text: '¿Te imaginas tener que trabajar con esta gente?', ...tienda, errors: [{ severity: 'warning', excerpt: 'Te imaginas tener que trabajar con esta gente' }] },
    { text: 'Muchos tuiteros fachas por aquí esta noche. Patéticos.', ...tienda, errors: [{ severity: 'warning', excerpt: 'tuiteros fachas por aquí esta noche. Patéticos' }] },
    { text: '@pepe Menuda gente más ignorante os sigue.', context: 'reply', replyTo: '@pepe', ...tienda, errors: [{ severity: 'critical', excerpt: 'Menuda gente más ignorante' }] },
    { text: 'Can you imagine having to work with these truth twisters?', errors: [{ severity: 'info', excerpt: 'these truth twisters' }] },
  ],
});
