// Host names that mark a link as internal, unfinished or private. Data for the `link` rule.

/** Top-level names that only resolve inside a company network or a developer's machine. */
export const internalTlds: string[] = ['local', 'internal', 'corp', 'lan', 'intranet', 'localhost', 'home.arpa', 'test', 'invalid', 'example'];

/** Subdomain labels (or hyphen-separated parts of one) used for staging, preview and intranet
 * hosts: staging.brand.com, intranet-eu.brand.com, deploy-preview-42--brand.netlify.app. */
export const internalHostWords: string[] = [
  'intranet', 'internal', 'extranet', 'staging', 'stg', 'preview', 'previews', 'test', 'testing', 'qa', 'uat',
  'sandbox', 'preprod', 'localhost',
];

/** Labels that usually mean a development or back-office host but are sometimes public
 * (dev.twitch.tv is a developer portal): reported as a warning, not a stop. */
export const maybeInternalHostWords: string[] = ['dev', 'develop', 'development', 'stage', 'admin', 'cms', 'wp-admin', 'draft', 'drafts'];

/** Editable shared documents: [host pattern, path pattern, what it is]. Read-only, published or
 * "view" links stay clear (docs.google.com/…/view, forms' viewform, *.notion.site). */
export const editableDocs: { host: RegExp; path: RegExp; what: string }[] = [
  { host: /^docs\.google\.com$/, path: /^\/(?:document|spreadsheets|presentation|drawings)\/(?:u\/\d+\/)?d\/[^/]+\/edit/i, what: 'an editable Google document' },
  { host: /^docs\.google\.com$/, path: /^\/forms\/(?:u\/\d+\/)?d\/(?!e\/)[^/]+\/edit/i, what: "a Google form's editor" },
  { host: /(?:^|\.)sharepoint\.com$/, path: /[?&](?:action=edit|web=1)|\/:[wxpo]:\/[rgs]\/|\/_layouts\/15\/(?:Doc|WopiFrame)\.aspx/i, what: 'a SharePoint document' },
  { host: /^(?:onedrive\.live\.com|1drv\.ms)$/, path: /edit|[?&]action=edit|^\/[wxp]\//i, what: 'a OneDrive document' },
  { host: /^(?:www\.)?notion\.so$/, path: /[0-9a-f]{32}/i, what: 'a page in your Notion workspace' },
  { host: /^(?:www\.)?figma\.com$/, path: /^\/(?:file|design|board)\//i, what: 'a Figma file' },
  { host: /^(?:www\.)?canva\.com$/, path: /^\/design\/[^/]+\/[^/]+\/edit/i, what: 'an editable Canva design' },
  { host: /^(?:www\.)?dropbox\.com$/, path: /^\/scl\/fi\/.*[?&]dl=0.*edit|^\/paper\//i, what: 'an editable Dropbox document' },
  { host: /^(?:www\.)?airtable\.com$/, path: /^\/app[a-z0-9]+\/tbl/i, what: 'an Airtable base' },
  { host: /^(?:[a-z0-9-]+\.)?atlassian\.net$/, path: /^\/wiki\/|^\/browse\//i, what: 'a page in your Atlassian workspace' },
];
