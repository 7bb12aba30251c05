import { describe, expect, it } from 'vitest';
import { hashtagCase } from '../../src/core/rules/hashtag-case';
import { segment } from '../../src/core/text/segment';
import { ruleTester, runRule } from './rule-tester';

// Accounts whose names the word list does not know: a brand's own name in its hashtags.
const account = (platform: 'x' | 'facebook', id: string, label?: string) => ({
  platform,
  account: id,
  policy: { accounts: [{ platform, id, kind: 'brand' as const, ...(label ? { label } : {}) }] },
});
const nimbus = account('x', '@nimbusair', 'Nimbus Air');
const nimbusNoLabel = account('x', '@nimbusair');
const trigal = account('x', '@trigalpan', 'Panadería Trigal');
const trigalPage = account('facebook', 'Panadería Trigal');
const lumbre = account('x', '@lumbrecoffee', 'Lumbre Coffee');
const skyjet = account('x', '@skyjet', 'SkyJet');
const equifax = account('x', '@Equifax', 'Equifax');

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
    // The posting account's own name, which the word list does not know, read as a known word:
    // another account's hashtag, the account's own id or label, a name and one word (a hint), a
    // Spanish word after the name, and pieces of an id stay quiet.
    { text: 'Winter sun is calling ☀️ #flywithnimbus', ...skyjet, name: "another account's name is not a known word" },
    { text: 'Winter sun is calling ☀️ #flywithnimbus', name: 'no account: the name is unknown' },
    { text: 'Our crew loves #flywithus', ...nimbus },
    { text: 'Follow us for deals #nimbusair', ...nimbus, name: "the account's own id" },
    { text: 'Share your snaps with #nimbusmoments', ...nimbus, name: 'the name and one word is a hint' },
    { text: 'Share your snaps with #NimbusMoments and #FlyWithNimbus', ...nimbus },
    { text: 'Terms at https://nimbusair.com/deals#flywithnimbus', ...nimbus, name: "a link's fragment" },
    { text: 'Come along #getnimbus', ...nimbus },
    { text: 'Pan del día #trigalpan', ...trigal, name: "the account's own id" },
    { text: 'Gracias a todos #panaderiatrigal', ...trigal, name: "the account's own label" },
    { text: 'Ya llegan las torrijas #trigallovers', ...trigal },
    { text: 'Enseñadnos el vuestro con #RoscónDeTrigal', ...trigal },
    { text: 'Hoy abrimos el obrador #trigalennavidad', ...trigal, name: 'nothing is split after the name in Spanish (contigo, descuento)' },
    { text: 'Nuestro pan de siempre #trigal #pan', ...trigalPage },
    { text: 'Un café contigo #lumbrecontigo', ...lumbre, name: 'not con + tigo' },
    { text: 'Cosy mornings #lumbrecoffee', ...lumbre, name: "the account's own id" },
    { text: 'Spring sale #equinoxsale', ...equifax, name: 'a piece of the id (equi + fax) is no name on its own' },
    { text: 'Buenos días #desayunos #trigal', ...trigal },
    { text: 'Desayunos con olor a pan #desayunosdetrigal', ...skyjet, name: 'another account' },
    { text: '#love #travel #wanderlust', ...nimbus },
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
    // A brand's own name in a lower-case hashtag of three words or more.
    { text: 'Winter sun is calling ☀️ #flywithnimbus', ...nimbus, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#flywithnimbus', start: 25, end: 39 }] },
    { text: 'Book today and #travelwithnimbus to Lisbon', ...nimbusNoLabel, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#travelwithnimbus', start: 15, end: 32 }] },
    { text: 'See you onboard #flywithnimbusair', ...nimbus, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#flywithnimbusair', start: 16, end: 33 }] },
    { text: 'Share your snaps with #nimbusmoments', ...nimbus, errors: [{ category: 'accessibility', severity: 'info', excerpt: '#nimbusmoments', start: 22, end: 36 }] },
    { text: 'Enseñadnos vuestras meriendas con #meriendasdetrigal', ...trigal, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#meriendasdetrigal', start: 34, end: 52 }] },
    { text: 'Llegan las de temporada: #panesdetrigal en todas las tiendas', ...trigal, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#panesdetrigal', start: 25, end: 39 }] },
    { text: 'Este sábado, #talleresdetrigal para los peques', ...trigalPage, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#talleresdetrigal', start: 13, end: 30 }] },
    { text: 'Cosy mornings are back #sundayswithlumbre', ...lumbre, errors: [{ category: 'accessibility', severity: 'warning', excerpt: '#sundayswithlumbre', start: 23, end: 41 }] },
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
    const [b] = runRule(hashtagCase, { text: 'Enseñadnos vuestras meriendas con #meriendasdetrigal', ...trigal });
    expect(b?.suggestion).toBe('#MeriendasDeTrigal');
    const [f] = runRule(hashtagCase, { text: 'Book today #travelwithnimbus', ...nimbusNoLabel });
    expect(f?.suggestion).toBe('#TravelWithNimbus');
  });
});
