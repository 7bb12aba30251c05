// Words around personal data in English, and address books that are personal rather than a
// company's. Data for the `privacy` rule; patterns are regex sources, matched case-insensitively.

/** Free-mail providers: an address there belongs to a person (or a very small business). */
export const freeMailDomains: string[] = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.it', 'hotmail.de', 'outlook.com',
  'live.com', 'live.co.uk', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'ymail.com',
  'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'protonmail.com', 'proton.me', 'pm.me', 'gmx.com',
  'gmx.net', 'gmx.de', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'zoho.com', 'tutanota.com',
  'tuta.io', 'fastmail.com', 'hey.com', 'qq.com', '163.com', 'naver.com', 'orange.fr', 'free.fr', 'laposte.net',
  'wanadoo.fr', 'libero.it', 'btinternet.com', 'sky.com', 'comcast.net', 'verizon.net', 'att.net', 'bellsouth.net',
  'rediffmail.com', 'bigpond.com', 'shaw.ca', 'rogers.com',
];

/** Mailboxes of a role, not a person (info@, press@): published on purpose. */
export const roleMailboxes: string[] = [
  'info', 'information', 'hello', 'hi', 'hey', 'contact', 'contactus', 'support', 'help', 'helpdesk', 'service',
  'customerservice', 'customercare', 'care', 'press', 'media', 'news', 'newsroom', 'sales', 'marketing', 'careers',
  'jobs', 'hr', 'recruiting', 'recruitment', 'talent', 'booking', 'bookings', 'reservations', 'admin', 'office',
  'team', 'events', 'partners', 'partnerships', 'feedback', 'privacy', 'legal', 'dpo', 'noreply', 'no-reply',
  'orders', 'billing', 'accounts', 'investors', 'ir', 'community', 'social', 'enquiries', 'inquiries', 'studio',
  'shop', 'store', 'webmaster', 'security', 'abuse', 'groups', 'complaints',
];

/** Words just before a phone number or address that say it is the brand's own line. */
export const ownContactCues: string[] = [
  'call us', 'ring us', 'phone us', 'text us', 'message us', 'whatsapp us', 'contact us', 'reach us', 'email us',
  'e-mail us', 'write to us', 'write us', 'us at', 'us on', 'our(?: [\\w-]+){0,2} (?:phone|number|line|helpline|hotline|team|office|store|shop|desk|service|care|support|reservations?|bookings?|e-?mail|inbox|address|whatsapp|centre|center|department)',
  'customer (?:service|care|support)', 'helpline', 'hotline', 'help desk', 'reservations', 'bookings', 'toll[- ]free',
  'free ?phone', 'enquiries', 'inquiries', 'head office', 'box office',
  "(?:send|email|e-mail|mail|submit|forward|dm)(?: [\\w'’]+){0,6} (?:to|at)", 'entries to', 'apply (?:to|at)', 'cv to',
];

/** Words before a number or address that say it is a person's: "her number", "call Priya on". */
export const personContactCues: string[] = [
  '(?:his|her|their|your|my) (?:\\w+ )?(?:number|phone|mobile|cell|line|whatsapp|e-?mail|address)',
  '\\p{Lu}\\p{Ll}+[’\']s (?:\\w+ )?(?:number|phone|mobile|cell|line|whatsapp|e-?mail|address)',
  '(?:call|text|ring|phone|reach|contact|email|e-mail|message) (?:him|her|them|\\p{Lu}\\p{Ll}+)',
  'reach (?:him|her|them) at',
];

/** Labels in front of a number ("Tel: …", "WhatsApp …"): a business's own line in a post, but in a
 * reply they may as well introduce a customer's. */
export const contactLabels: string[] = ['tel', 'tel\\.', 'phone', 'telephone', 'whatsapp', 'fax', 'call', 'ring', 'text'];

/** Words that say a number is someone's booking or account reference; the value follows. */
export const referenceCues: string[] = [
  'booking ref(?:erence)?', 'booking (?:code|number|no)', 'reservation (?:code|number|no|ref(?:erence)?)',
  'confirmation (?:code|number|no)', 'record locator', 'PNR', 'ticket (?:number|no)', 'e-?ticket', 'order (?:number|no)',
  'account (?:number|no)', 'customer (?:number|no|id)', 'member(?:ship)? (?:number|no|id)',
  'frequent flyer (?:number|no)', 'loyalty (?:number|no)', 'policy (?:number|no)', 'claim (?:number|no)',
  'tracking (?:number|no|code|id)', '(?:order|booking|reservation|ticket|account)(?=\\s*#)',
];

/** Words that say a number is an account's: "account 40-17-62 31845527", "acc no. 31845527". The
 * number follows; a sort code or routing number alone names a bank branch, which is public. */
export const accountCues: string[] = [
  '(?:bank|current|checking|savings) account', 'account', 'acct', 'acc', 'a/c', 'sort code',
];

/** Words in the sentence that make an account number a bank's: then it is as sensitive as an IBAN. */
export const bankWords: string[] = [
  'bank', 'sort code', 'routing', 'ABA', 'IBAN', 'SWIFT', 'BIC', 'wire', 'transfer', 'direct debit', 'standing order',
  'payee', '(?:current|checking|savings) account',
];

/** Words that make a post an appeal for donations: a bank account in it is the appeal's own, given
 * out to be paid into. */
export const donationCues: string[] = [
  'donat(?:e|ed|es|ing|ion|ions)', 'appeal', 'fundrais(?:er|ers|ing)', 'give (?:what you can|generously|today)', 'gift aid',
];

/** Words right before a number that say it is the reader's: "we'll call you back on …". Only next to
 * the number: "we can call you, or ring us on …" gives the brand's. */
export const handOverCues: string[] = ['(?:call|ring|phone|text|message|whatsapp|reach|contact) you(?: back)?'];

/** Words that introduce someone's date of birth; the date follows. */
export const birthDateCues: string[] = ['DOB', 'D\\.O\\.B\\.?', 'date of birth', 'birth ?date'];

/** Words that say a number is an identity document's; the value follows. */
export const documentCues: string[] = [
  'passport', 'passport (?:number|no)', 'ID card', 'ID (?:number|no)', 'identity card', 'national ID', 'driver\'?s licen[cs]e',
  'driving licen[cs]e', 'licen[cs]e (?:number|no)', 'SSN', 'social security(?: number| no)?', 'national insurance(?: number| no)?',
  'NI number', 'tax ID', 'visa (?:number|no)', 'DNI', 'NIE', 'NIF',
];

/** Little words between a cue and its value: "booking ref is QX7Y2P", "passport ending 8812". */
export const valueConnectors: string[] = [
  'is', 'was', 'number', 'no', 'num', 'ref', 'code', 'ending', 'ending in', 'ending with', 'ends in', 'ends with', 'id',
];

/** Words before a home address that say it is someone's: "lives at", "her address is". */
export const homeAddressCues: string[] = [
  'lives at', 'living at', 'lives on', 'staying at', 'home address', '(?:his|her|their|your) (?:home )?address(?: is)?',
  '[A-Z][a-z]+\'s (?:home )?address(?: is)?', 'address on file(?: is)?', 'deliver(?:ed|ing)? to (?:him|her|them|you) at',
  // Where someone else lives, said through their home: "collect it from his house at 14 Mill Lane".
  '(?:his|her|their) (?:house|home|flat|apartment|place) (?:is )?(?:at|on)', '[A-Z][a-z]+\'s (?:house|home|flat|apartment|place) (?:is )?(?:at|on)',
];

/** Words before an address in a reply that make it the customer's: "we'll send a new one to …". */
export const deliveryCues: string[] = [
  "(?:send|sent|ship|shipped|shipping|deliver|delivered|delivering|post|posted|mail|mailed|courier|dispatch|dispatched)(?: [\\w'’]+){0,4} to",
  'collect(?:ed)? from', 'pick(?:ed)? up from', 'driver (?:is )?at', 'parcel (?:is )?at', 'order (?:is )?at',
];

/** Words before an address that make it a public place of the brand's: "visit our store at …". */
export const ownPlaceCues: string[] = [
  'store', 'shop', 'office', 'offices', 'branch', 'restaurant', 'café', 'cafe', 'hotel', 'venue', 'airport', 'terminal',
  'desk', 'counter', 'showroom', 'studio', 'headquarters', 'hq', 'visit', 'find us', 'join us', 'located', 'opening',
  'event', 'pop-up', 'popup', 'museum', 'station', 'stadium', 'arena', 'theatre', 'theater', 'gallery', 'market', 'warehouse',
  'hub', 'depot', 'centre', 'center', 'location', 'site', 'campus', 'factory', 'lounge',
];

/** Street words, so that an address reads as one: "42 Elm Street", "12 Baker St". */
export const streetWords: string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way', 'place', 'pl',
  'boulevard', 'blvd', 'close', 'crescent', 'terrace', 'square', 'sq', 'gardens', 'grove', 'row', 'apt', 'flat',
];

/** National-number prefixes of toll-free, shared-cost and non-geographic business lines, by country
 * calling code: a company's line, never a person's. */
export const businessNumberPrefixes: Record<string, string> = {
  '1': '^8(?:00|33|44|55|66|77|88)',
  '34': '^(?:80[0-9]|90[0-9])',
  '44': '^(?:80[08]|84[345]|87[0-3]|3[0347])',
  '33': '^8[0-9]',
  '49': '^(?:800|180|137)',
  '39': '^(?:80[03]|199)',
  '351': '^(?:80[08]|707|760)',
  '52': '^800',
  '61': '^1[38]00|^13',
  '353': '^1[58]00',
  '31': '^(?:800|900)',
  '32': '^(?:800|90)',
  '41': '^(?:800|84[0-9]|90[0-9])',
};
