import { describe, expect, it } from 'vitest';
import { link, lookAlike, osaDistance } from '../../src/core/rules/link';
import { ruleTester } from './rule-tester';

const brand = { brandDomains: ['nimbusair.com', 'cafelumbre.es'] };
const equifax = { brandDomains: ['equifax.com', 'equifaxsecurity2017.com'], accounts: [{ platform: 'x' as const, id: '@Equifax', kind: 'brand' as const }] };
const nimbus = {
  account: '@nimbusair',
  policy: { ...brand, accounts: [{ platform: 'x' as const, id: '@nimbusair', kind: 'brand' as const, label: 'Nimbus Air' }] },
};

ruleTester(link, {
  valid: [
    'Version 10.2.3.4 is out now: faster check-in.',
    'Update the app to v10.0.0.1 today.',
    { text: 'Winter sale is live: https://nimbusair.com/sale', policy: brand },
    { text: 'NEW ROUTE: Madrid to Tokyo, from June. Tickets on sale now at https://nimbusair.com/tokyo', policy: brand },
    { text: 'Book at www.nimbusair.com or in the app.', policy: brand },
    { text: 'Our careers page: https://careers.nimbusair.com/data-engineer', policy: brand },
    { text: 'Nuestro menú: https://cafelumbre.es/menu', policy: brand },
    { text: 'Read the report at https://www.aena.es/en/press.html and https://example.org/a?b=1', policy: brand },
    { text: 'Our friends at https://cafelibre.es roast great beans too.', policy: brand },
    { text: 'We updated to version 2.4.1 of the app. Prices from 49.99 EUR, 20% off.', policy: brand },
    { text: 'Developers: our API docs live at https://developer.nimbusair.com', policy: brand },
    { text: 'Watch on https://www.youtube.com/watch?v=abc123 and read https://docs.google.com/document/d/1abc/view', policy: brand },
    { text: 'Fill in the survey: https://docs.google.com/forms/d/e/1FAIpQLSf/viewform', policy: brand },
    { text: 'Our help centre: https://nimbusair.notion.site/Help-1234567890abcdef1234567890abcdef', policy: brand },
    { text: 'Find us on https://testing-lab.com and https://stagecoach.com', policy: brand },
    { text: 'Mail us at help@nimbusair.com', policy: brand },
    { text: 'Nothing to see: e.g. Node.js, file.txt, Mr.Smith, 3.5kg', policy: brand },
    { text: 'Check in online: http://nimbusiar.com/checkin', policy: { ...brand, allowedTerms: ['nimbusiar.com'] } },
    { text: 'Flight NB204 at 10am–4pm, gate 12.', policy: brand },
    { text: 'Track it at https://nimbusair.com:443/track', policy: brand },
    { text: 'Our docs: https://nimbus-docs.netlify.app/guide and https://nimbus.vercel.app', policy: brand },
    { text: 'Photos: https://drive.google.com/file/d/1AbC/view?usp=sharing', policy: brand },
    { text: 'Read https://nimbusair.com/blog/preview-of-our-new-cabin', policy: brand },
    { text: 'Ratio 3:2 and A:B testing, C: drive full? Not our problem.', policy: brand },
    { text: 'Check your details at https://equifaxsecurity2017.com', policy: equifax, account: '@Equifax' },
    { text: 'Our help centre: https://nimbusair.zendesk.com/hc', ...nimbus, name: "the brand's name as a subdomain of a service it uses" },
    { text: 'Great write-up on https://nimbusairfans.org/review', policy: brand, account: '@someone', name: 'not the poster\'s own name' },
    { text: 'Flights to Oslo with our partner https://skyjet.com', ...nimbus },
  ],
  invalid: [
    {
      text: 'Salvador, we apologize for the confusion. The correct site is securityequifax2017.com',
      policy: equifax,
      account: '@Equifax',
      context: 'reply',
      errors: [{ severity: 'critical', excerpt: 'securityequifax2017.com' }],
    },
    { text: 'The correct site is securityequifax2017.com', policy: equifax, errors: [{ severity: 'critical', excerpt: 'securityequifax2017.com' }], name: 'a swap of words, whoever posts' },
    { text: 'Claim your refund at https://nimbusair-refunds.com/claim', ...nimbus, errors: [{ severity: 'warning', excerpt: 'https://nimbusair-refunds.com/claim' }] },
    { text: 'Details: https://help-nimbusair.net', ...nimbus, errors: [{ severity: 'warning', excerpt: 'https://help-nimbusair.net' }] },
    {
      text: 'Check in online 24 hours before your flight: http://nimbusair.com/checkin',
      policy: brand,
      errors: [{ severity: 'warning', category: 'link', excerpt: 'http://nimbusair.com/checkin', start: 45, end: 73 }],
    },
    { text: 'Winter sale is live: https://nimbusiar.com/sale', policy: brand, errors: [{ severity: 'critical', excerpt: 'https://nimbusiar.com/sale' }] },
    { text: 'Sale: https://nimbusair.co/sale', policy: brand, errors: [{ severity: 'warning', excerpt: 'https://nimbusair.co/sale' }] },
    { text: 'Sale: https://nimbus-air.com/sale', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Sale: https://nimbusalr.com/sale', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Sale: nimbussair.com/deals', policy: brand, errors: [{ severity: 'critical', excerpt: 'nimbussair.com/deals' }] },
    { text: 'Sale: https://nimbusair.com.deals-now.io/x', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Carta: https://cafelumbr3.es/carta', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Questions? support@nimbusiar.com', policy: brand, errors: [{ severity: 'critical', excerpt: 'support@nimbusiar.com' }] },
    {
      text: 'Our new brand guidelines are here: https://intranet.nimbusair.local/brand/guidelines',
      policy: brand,
      errors: [{ severity: 'critical', excerpt: 'https://intranet.nimbusair.local/brand/guidelines' }],
    },
    { text: 'Live flight tracker: http://10.20.1.15:8080/tracker', policy: brand, errors: [{ severity: 'critical', excerpt: 'http://10.20.1.15:8080/tracker' }] },
    { text: 'Tracker at 192.168.1.20/tracker today', errors: [{ severity: 'critical', excerpt: '192.168.1.20/tracker' }] },
    { text: 'See http://localhost:3000/sale', errors: [{ severity: 'critical', excerpt: 'http://localhost:3000/sale' }] },
    { text: 'Wiki: wiki.corp/brand', errors: [{ severity: 'critical', excerpt: 'wiki.corp/brand' }] },
    { text: 'Preview the new site: https://staging.nimbusair.com/winter', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'New look: https://deploy-preview-42--nimbusair.netlify.app/', errors: [{ severity: 'critical' }] },
    { text: 'Nueva web: https://pruebas.cafelumbre.es', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Try it: https://dev.nimbusair.com/app', policy: brand, errors: [{ severity: 'warning' }] },
    { text: 'Demo: https://nimbusair.com:8443/demo', policy: brand, errors: [{ severity: 'critical' }] },
    {
      text: 'Read our plan: https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing',
      errors: [{ severity: 'warning', excerpt: 'https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing' }],
    },
    { text: 'Budget: https://docs.google.com/spreadsheets/d/1xyz/edit#gid=0', errors: [{ severity: 'warning' }] },
    { text: 'Deck: https://nimbus.sharepoint.com/:p:/r/sites/mkt/Deck.pptx?d=w1&web=1', errors: [{ severity: 'warning' }] },
    { text: 'Roadmap: https://www.notion.so/nimbus/Roadmap-0123456789abcdef0123456789abcdef', errors: [{ severity: 'warning' }] },
    { text: 'Designs: https://www.figma.com/design/AbC123/Winter-campaign', errors: [{ severity: 'warning' }] },
    { text: 'Plan: file:///C:/Users/ana/Desktop/plan.pdf', errors: [{ severity: 'critical', excerpt: 'file:///C:/Users/ana/Desktop/plan.pdf' }] },
    { text: 'Deck at S:\\Marketing\\2027\\deck.pptx today', errors: [{ severity: 'critical', excerpt: 'S:\\Marketing\\2027\\deck.pptx' }] },
    { text: 'Photos in \\\\fs01\\brand\\photos', errors: [{ severity: 'critical', excerpt: '\\\\fs01\\brand\\photos' }] },
    { text: 'Brief: https://nimbus.sharepoint.com/sites/Marketing/Shared%20Documents/Winter.docx', errors: [{ severity: 'warning' }] },
    { text: 'See https://nimbus.slack.com/archives/C01ABCD/p1700000000', errors: [{ severity: 'warning' }] },
    { text: 'Assets: https://drive.google.com/drive/folders/1AbCdEf', errors: [{ severity: 'warning' }] },
    { text: 'New post: https://nimbusair.com/?p=123&preview=true', policy: brand, errors: [{ severity: 'critical' }] },
    { text: 'Edit: https://nimbusair.com/wp-admin/post.php?post=123&action=edit', policy: brand, errors: [{ severity: 'warning' }] },
    { text: 'Look: https://nimbus-site-git-winter-nimbus.vercel.app/sale', errors: [{ severity: 'critical' }] },
    { text: 'Read http://example.org/news now', errors: [{ severity: 'warning', excerpt: 'http://example.org/news' }] },
    {
      text: 'Two links: http://nimbusair.com/a and https://nimbusiar.com/b',
      policy: brand,
      errors: [{ severity: 'warning', excerpt: 'http://nimbusair.com/a' }, { severity: 'critical', excerpt: 'https://nimbusiar.com/b' }],
    },
  ],
});

describe('look-alike domains', () => {
  it('measures swaps as one edit', () => {
    expect(osaDistance('nimbusair', 'nimbusiar')).toBe(1);
    expect(osaDistance('nimbusair', 'nimbusair')).toBe(0);
    expect(osaDistance('abc', 'xyzabc')).toBe(3);
  });
  it('finds typosquats but not other companies', () => {
    const b = ['nimbusair.com'];
    expect(lookAlike('nimbusiar.com', b)).toBeTruthy();
    expect(lookAlike('www.nimbusalr.com', b)).toBeTruthy();
    expect(lookAlike('nirnbusair.com', b)).toBeTruthy();
    expect(lookAlike('nimbusair.com', b)).toBeUndefined();
    expect(lookAlike('shop.nimbusair.com', b)).toBeUndefined();
    expect(lookAlike('nimbus.com', b)).toBeUndefined();
    expect(lookAlike('cumulusair.com', b)).toBeUndefined();
    expect(lookAlike('x.com', ['xy.com'])).toBeUndefined();
    expect(lookAlike('securityequifax2017.com', ['equifaxsecurity2017.com'])).toBeTruthy();
    expect(lookAlike('equifaxsecurity2017.com', ['equifaxsecurity2017.com'])).toBeUndefined();
    expect(lookAlike('nimbusrail.com', b)).toBeUndefined();
  });
});
