import { sensitiveEvent } from '../../src/core/rules/sensitive-event';
import { ruleTester } from './rule-tester';

const brand = { account: '@nimbusair', policy: { accounts: [{ platform: 'x' as const, id: '@nimbusair', kind: 'brand' as const }] } };
const personal = { account: '@ana', policy: { accounts: [{ platform: 'x' as const, id: '@ana', kind: 'personal' as const }] } };
const watch = {
  policy: {
    watchlist: [
      { term: 'Casey Anthony', note: 'murder trial verdict, July 2011' },
      { term: '#notguilty', note: 'trending about the Casey Anthony verdict' },
    ],
  },
};

ruleTester(sensitiveEvent, {
  valid: [
    'Our thoughts are with everyone affected by the earthquake.',
    { text: 'Flights to and from Valencia are cancelled today because of the floods. Rebook free of charge at https://nimbusair.com/rebook. Stay safe.', ...brand },
    { text: 'We are deeply saddened by the passing of our founder. Rest in peace, Ana. We will celebrate her life this Friday.', ...brand },
    'Remembering those we lost on 9/11.',
    'Rip Curl summer sale: 30% off wetsuits.',
    'Death by Chocolate cake, now 20% off.',
    'Star Wars day sale! May the 4th be with you.',
    'Price war! Deals everywhere this weekend.',
    'Our new lounge opens in Madrid: come and celebrate with us 🎉',
    'Nuestro más sentido pésame a las familias de las víctimas.',
    'Por las inundaciones, cancelamos los vuelos de hoy. Cambio gratuito en la web.',
    'Un café de muerte: 20% de descuento hoy.',
    { text: 'He was not guilty, said the court; our coverage continues.', ...watch },
    { text: "Breakfast at McDonald's, then PlayStation all day.", policy: { watchlist: [{ term: 'Donald' }, { term: 'station' }] } },
    { text: 'Donate to the earthquake relief fund: every euro goes to the Red Cross.', ...brand },
    { text: 'We stand with our colleagues and customers in Paris. #PrayForParis', ...brand },
    { text: 'Today we listen and learn. #BlackLivesMatter', ...brand },
    { text: '#WhyIStayed You had pizza.', name: 'a hijacked cause hashtag is only a concern for brands' },
    // Everyday talk: a death word said of a thing or of oneself, with a laugh, is no death.
    'My phone died lol',
    { text: 'My phone died lol', ...personal },
    { text: 'I literally died 😂', ...brand },
    { text: 'RIP to my old laptop lol', ...personal },
    'RIP to my old laptop lol',
    { text: 'The tragedy of Monday mornings 😂', ...brand },
    // A one-word tragedy pairs only with a pitch in its own sentence.
    { text: "Don't be a fashion victim… our new collection is on sale", ...brand },
    { text: 'Thank you to all our troops. Visit our new museum', ...brand },
    { text: 'Refugees of the office, unite. Our new lounge is open all day.', ...brand },
    // Asking for help is not selling.
    { text: "Don't forget you can donate through our app", ...brand },
    { text: "Flood victims need help. Don't forget you can donate to the relief fund through our app.", ...brand },
    { text: 'Participa en nuestra recogida de alimentos', ...brand },
    { text: 'Tras las inundaciones, participa en nuestra recogida de alimentos para los afectados.', ...brand },
    // People affected by a named event, without a pitch; "affected by" an outage is no tragedy.
    { text: 'Everyone affected by #StormAlex: our stores in the region are closed today. Stay safe.', ...brand },
    { text: "Customers affected by yesterday's outage get 20% off next month's bill. Sorry again.", ...brand },
    { text: 'Clientes afectados por la DANA: aplazamos vuestras cuotas sin coste.', ...brand },
    { text: 'Todo nuestro cariño para las familias afectadas por la DANA. Hoy cerramos la tienda de Valencia.', ...brand },
    { text: 'La DANA gana fuerza: hoy cerramos todas las tiendas de Valencia.', ...brand },
    // "Dana" without an article is a name, not the storm.
    { text: 'Dana from our team hosts the giveaway on Friday!', ...brand },
    { text: 'Hoy hablamos con Dana, nuestra diseñadora, de la nueva colección.', ...brand },
    { text: 'Storm coming? Stock up on umbrellas, 20% off.', ...brand },
    { text: "In honor of Mother's Day, may we suggest: breakfast in bed.", ...brand },
    { text: 'In honor of the victims, our stores will close at noon today.', ...brand },
  ],
  invalid: [
    {
      text: "Our thoughts are with everyone affected by the earthquake. Don't forget: 20% off all flights this weekend!",
      ...brand,
      errors: [{ severity: 'critical', excerpt: "Don't forget" }],
    },
    {
      text: "RIP to a legend. He'd have loved our new espresso, strong and unforgettable ☕",
      errors: [{ severity: 'warning', excerpt: "He'd have loved" }],
    },
    {
      text: '"Boots on the ground" or not, let\'s not forget about sandals, pumps and loafers. #footwear',
      ...brand,
      errors: [{ severity: 'critical', excerpt: "let's not forget about" }],
    },
    { text: 'Happy 9/11! 20% off today only', errors: [{ severity: 'warning', excerpt: '20% off' }] },
    { text: 'Remembrance Day party at the bar tonight 🎉', errors: [{ severity: 'warning', excerpt: 'party' }] },
    { text: 'Memorial Day sale: 30% off everything', ...brand, errors: [{ severity: 'critical', excerpt: 'sale' }] },
    { text: 'Praying for the victims of the hurricane lol', errors: [{ severity: 'warning', excerpt: 'lol' }] },
    {
      text: 'Nuestro más sentido pésame a las víctimas de la riada. ¡Y no olvides nuestras rebajas!',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'no olvides' }],
    },
    { text: '#PrayForParis and grab yours before they sell out', errors: [{ severity: 'warning', excerpt: 'grab yours' }] },
    {
      text: "Who's #notguilty about eating all the tasty treats they want?!",
      ...watch,
      errors: [{ severity: 'warning', excerpt: '#notguilty' }],
    },
    { text: '#WhyIStayed You had pizza.', ...brand, errors: [{ severity: 'warning', excerpt: '#WhyIStayed' }] },
    {
      text: 'Millions are in uproar in #Cairo. Rumor is they heard our new spring collection is now available online',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'our new' }],
    },
    {
      text: 'Enemy troops invaded the city overnight. Grab yours before they sell out!',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'Grab yours' }],
    },
    { text: 'The victims of the earthquake deserve better lol', errors: [{ severity: 'warning', excerpt: 'lol' }] },
    {
      text: "All impacted by #StormAlex, stay safe! We'll be doing lots of online shopping today. How about you?",
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'doing lots of online shopping' }],
    },
    {
      text: 'To all those affected by the storm: stay safe. Happy shopping from your couch, 20% off everything!',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'Happy shopping' }],
    },
    { text: "Families in the path of the storm: it's the perfect day to shop from home.", ...brand, errors: [{ severity: 'critical', excerpt: 'perfect day to shop' }] },
    { text: 'In honor of the victims, may we suggest our memorial candle.', ...brand, errors: [{ severity: 'critical', excerpt: 'may we suggest' }] },
    {
      text: 'Que la DANA no te pille desprevenido: chubasqueros con un 20 % de descuento.',
      ...brand,
      errors: [{ severity: 'critical', excerpt: '20 % de descuento' }],
    },
    {
      text: 'A todos los afectados por #TemporalNorte: cuidaos mucho. Hoy, envío gratis en toda la web.',
      ...brand,
      errors: [{ severity: 'critical', excerpt: 'envío gratis' }],
    },
    { text: 'Con la gota fría llegando, vamos de compras: ¡paraguas para todos!', ...brand, errors: [{ severity: 'critical', excerpt: 'vamos de compras' }] },
    { text: 'The Casey Anthony verdict is in', ...watch, errors: [{ severity: 'warning', excerpt: 'Casey Anthony' }] },
    { text: 'Join us #StationFire', policy: { watchlist: [{ term: 'station' }] }, errors: [{ severity: 'warning', excerpt: 'Station' }] },
    { text: 'Thoughts on #CaseyAnthony?', ...watch, errors: [{ severity: 'warning', excerpt: '#CaseyAnthony' }] },
  ],
});
