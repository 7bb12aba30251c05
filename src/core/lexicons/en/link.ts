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

/** Editable or workspace-only documents: [host pattern, path pattern, what it is]. Read-only,
 * published or "view" links stay clear (docs.google.com/…/view, forms' viewform, *.notion.site). */
export const editableDocs: { host: RegExp; path: RegExp; what: string }[] = [
  { host: /^docs\.google\.com$/, path: /^\/(?:document|spreadsheets|presentation|drawings)\/(?:u\/\d+\/)?d\/[^/]+\/edit/i, what: 'an editable Google document' },
  { host: /^docs\.google\.com$/, path: /^\/forms\/(?:u\/\d+\/)?d\/(?!e\/)[^/]+\/edit/i, what: "a Google form's editor" },
  { host: /^drive\.google\.com$/, path: /^\/drive\/(?:u\/\d+\/)?(?:folders|my-drive|shared-drives)/i, what: 'a Google Drive folder' },
  { host: /(?:^|\.)sharepoint\.com$/, path: /^\/(?:sites|personal|teams|:[a-z]:)\/|[?&](?:action=edit|web=1)|\/_layouts\//i, what: 'a SharePoint document' },
  { host: /^(?:onedrive\.live\.com|1drv\.ms)$/, path: /edit|[?&]action=edit|^\/[wxp]\//i, what: 'a OneDrive document' },
  { host: /^(?:www\.)?notion\.so$/, path: /[0-9a-f]{32}/i, what: 'a page in your Notion workspace' },
  { host: /^(?:www\.)?figma\.com$/, path: /^\/(?:file|design|board)\//i, what: 'a Figma file' },
  { host: /^(?:www\.)?canva\.com$/, path: /^\/design\/[^/]+\/[^/]+\/edit/i, what: 'an editable Canva design' },
  { host: /^(?:www\.)?dropbox\.com$/, path: /^\/home\/|^\/paper\//i, what: 'a Dropbox folder' },
  { host: /^(?:www\.)?airtable\.com$/, path: /^\/app[a-z0-9]+\/tbl/i, what: 'an Airtable base' },
  { host: /^(?:[a-z0-9-]+\.)?atlassian\.net$/, path: /^\/wiki\/|^\/browse\/|^\/jira\//i, what: 'a page in your Atlassian workspace' },
  { host: /^[a-z0-9-]+\.slack\.com$/, path: /^\/(?:archives|files|docs)\//i, what: 'a Slack message or file' },
  { host: /^teams\.microsoft\.com$/, path: /^\/l\//i, what: 'a Microsoft Teams message or file' },
  { host: /^app\.asana\.com$/, path: /^\/0\//i, what: 'an Asana task' },
  { host: /^(?:www\.)?trello\.com$/, path: /^\/c\//i, what: 'a Trello card' },
  { host: /.*/, path: /^\/wp-admin\/|^\/wp-login\.php/i, what: 'your WordPress admin' },
];

/** Links to a page that is not published yet: CMS previews and deployment previews. */
export const previewLinks: { host: RegExp; path: RegExp }[] = [
  { host: /.*/, path: /[?&](?:preview|preview_id|draft|p_preview)=(?:true|1|\d+)/i },
  { host: /\.netlify\.app$/, path: /.*/ },
  { host: /-git-[a-z0-9-]+\.vercel\.app$/, path: /.*/ },
  { host: /^[0-9a-f]{8}\.[a-z0-9-]+\.pages\.dev$/, path: /.*/ },
];
