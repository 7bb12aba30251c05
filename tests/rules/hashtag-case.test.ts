import { describe, expect, it } from 'vitest';
import { hashtagCase } from '../../src/core/rules/hashtag-case';
import { segment } from '../../src/core/text/segment';
import { ruleTester, runRule } from './rule-tester';

ruleTester(hashtagCase, {
  valid: [
    'Join us for the #SusanAlbumParty as Susan listens to her new album live!',
    'Imagining luxury? Tell us about your dream inflight experience using #QantasLuxury',
    '#love #tbt #travel #wanderlust #sustainability',
    'Happy #mondaymotivation everyone!',
    'Post your pics with #throwbackthursday',
    'Nuestro café de temporada #felicesfiestas #cafelumbre',
    '#nimbusgetaway is back this winter',
    '#GiveABreakfast for every share',
    'Class of #2026, congratulations!',
    'Price: 20% off with code WINTER (see https://nimbusair.com/sale#terms)',
    { text: 'Join the #susanalbumparty tonight', policy: { allowedTerms: ['#susanalbumparty'] } },
    'Our #ad for #shareacoke',
    'Hoy toca #paella 🥘 ¿Con o sin chorizo?',
    'Terminamos la obra de la tienda de Chamberí #remodelaciones #remodelacion',
    'Nuestra ciudad, nuestra gente #filadelfia #ciudadela #modelos #infidelidad',
    { text: 'Gracias a todo el equipo #argumentadora #alcoholadora', name: 'a Spanish word the English list splits into short words' },
    'Vuelve la fibra a todo el barrio #sostenibilidad #telecomunicaciones',
    { text: 'Great #remodeling tips for the weekend', name: 'an English word holding "del"' },
    { text: 'Fresh fish all week #pescadodelamanana', name: 'the Spanish reading only in a Spanish draft' },
    // A name and one word, single long words, and dictionary words that fall into pieces.
    '#qantasluxury #lumbrecoffee #zarahome #glossierskincare',
    '#wanderlust #sustainability #photosynthesis #microcrystalline #interchangeability',
    '#disconsolateness #biodegradable #pronunciamentos #narcotrafficking',
    '#buckinghamshire #nottinghamshire #pentecostalist',
    'Vuelve el otoño #desafortunadamente #transformable #irreformable',
    '#ootd #fotd #nyfw #tbt',
  ],
  invalid: [
    { text: 'See you at the #brixtonfoodmarket this Saturday!', errors: [{ severity: 'warning', excerpt: '#brixtonfoodmarket' }] },
    { text: 'Photos from the #summermusicfest are up, and the #winterpopupexpo opens soon', errors: [{ severity: 'warning', excerpt: '#summermusicfest' }, { severity: 'warning', excerpt: '#winterpopupexpo' }] },
    { text: 'Coffee week is back #lumbrecoffeeweek', errors: [{ severity: 'warning', excerpt: '#lumbrecoffeeweek' }] },
    { text: 'Winter is here #nimbusairwinterdeals', errors: [{ severity: 'warning', excerpt: '#nimbusairwinterdeals' }] },
    { text: 'Vuelven las rebajas #zarahomesummersale', errors: [{ severity: 'warning', excerpt: '#zarahomesummersale' }] },
    {
      text: 'Join us for the #susanalbumparty as Susan listens to her new album live!',
      errors: [{ severity: 'warning', category: 'accessibility', excerpt: '#susanalbumparty', start: 16, end: 32 }],
    },
    { text: 'Take the #icebucketchallenge today', errors: [{ severity: 'warning', excerpt: '#icebucketchallenge' }] },
    { text: 'Shop the #blackfridaydeals now', errors: [{ severity: 'warning', excerpt: '#blackfridaydeals' }] },
    { text: 'Our #photooftheday', errors: [{ severity: 'info', excerpt: '#photooftheday' }] },
    { text: 'Fly with us #winterflightsale', errors: [{ severity: 'warning', excerpt: '#winterflightsale' }] },
    { text: 'Happy #mondaymotivation everyone!', errors: [{ severity: 'info', excerpt: '#mondaymotivation' }] },
    {
      text: 'Todo el pescado fresco a mitad de precio hasta el domingo 🐟 #ofertasdelasemana #mercadosolcontigo',
      errors: [{ severity: 'warning', excerpt: '#ofertasdelasemana' }],
    },
    { text: 'Ya están aquí las #rebajasdelverano en todas las tiendas', errors: [{ severity: 'warning', excerpt: '#rebajasdelverano' }] },
    { text: 'Esta noche, #cenaenlaterraza con música en directo', errors: [{ severity: 'warning', excerpt: '#cenaenlaterraza' }] },
    { text: 'Nuestras #recetasparaelverano ya están en la web', errors: [{ severity: 'warning', excerpt: '#recetasparaelverano' }] },
    { text: 'Llega la #ofertadelmes a todas las tiendas', errors: [{ severity: 'info', excerpt: '#ofertadelmes' }] },
  ],
});

describe('segment', () => {
  it('finds the natural reading', () => {
    expect(segment('susanalbumparty')?.words).toEqual(['susan', 'album', 'party']);
    expect(segment('icebucketchallenge')?.words).toEqual(['ice', 'bucket', 'challenge']);
    expect(segment('qantasluxury')).toBeUndefined();
  });
  it('suggests CamelCase', () => {
    const [r] = runRule(hashtagCase, { text: '#susanalbumparty' });
    expect(r?.suggestion).toBe('#SusanAlbumParty');
    const [e] = runRule(hashtagCase, { text: 'Las #ofertasdelasemana en todas las tiendas' });
    expect(e?.suggestion).toBe('#OfertasDeLaSemana');
  });
});
