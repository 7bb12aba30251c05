import { engagementBait } from '../../src/core/rules/engagement-bait';
import { ruleTester } from './rule-tester';

ruleTester(engagementBait, {
  valid: [
    'We are donating 10,000 meals to food banks this winter. Want to help? Give at https://example.org',
    'Like this post if you love Lisbon!',
    'Share your best holiday photo with #NimbusMoments.',
    'For every booking this month we plant a tree.',
    'Comparte tu foto con #CaféLumbre y te invitamos a un café.',
    'Every like means a lot to our small team 💙',
    'Every share helps us reach more readers.',
    'Por cada compra donamos 1 € a Cruz Roja.',
    'Por cada pedido que hagas esta semana, donaremos una comida.',
    'Por cada comentario, una participación más en el sorteo.',
    'Gracias por cada me gusta y cada comentario 💙 Cada like es una alegría.',
  ],
  invalid: [
    { text: 'Por cada comentario donamos 1€ a la protectora 🐶', errors: [{ severity: 'warning' }] },
    { text: '1 RT = 1 breakfast for a vulnerable child. #GiveABreakfast', errors: [{ severity: 'warning', excerpt: '1 RT = 1 breakfast', start: 0, end: 18 }] },
    { text: 'For every like we donate a meal to a family in need.', errors: [{ severity: 'warning', excerpt: 'For every like' }] },
    { text: "Share this and we'll donate $1 to the flood victims.", errors: [{ severity: 'warning', excerpt: "Share this and we'll donate" }] },
    { text: "10k retweets and we'll feed 100 families", errors: [{ severity: 'warning' }] },
    { text: 'We’ll donate €1 for every share.', errors: [{ severity: 'warning' }] },
    {
      text: 'Por cada «me gusta» que reciba esta publicación donaremos 1 € a las familias afectadas por las inundaciones.',
      errors: [{ severity: 'warning', excerpt: 'Por cada «me gusta» que reciba esta publicación donaremos' }],
    },
    { text: 'Donaremos 1 € por cada me gusta a las familias afectadas.', errors: [{ severity: 'warning', excerpt: 'Donaremos 1 € por cada me gusta' }] },
    { text: 'Cada like es un euro para el banco de alimentos.', errors: [{ severity: 'warning', excerpt: 'Cada like es un euro' }] },
    { text: 'For each share this post gets, we donate a meal.', errors: [{ severity: 'warning', excerpt: 'For each share' }] },
    { text: 'We’ll donate a meal for every like.', errors: [{ severity: 'warning', excerpt: 'We’ll donate a meal for every like' }] },
    { text: 'Every share helps a family in need this winter.', errors: [{ severity: 'warning', excerpt: 'Every share helps a' }] },
    { text: 'Por cada RT donamos un desayuno a un niño.', errors: [{ severity: 'warning', excerpt: 'Por cada RT donamos' }] },
  ],
});
