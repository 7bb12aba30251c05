// X (x.com, twitter.com): every selector the adapter uses, as data. Each selector is a list of
// variants tried in order; each variant says where it applies. Keyed on data-testid, role and
// contenteditable only: visible text and aria-labels are localized. Lines marked "inferred" have
// not been seen on the live site. x.ts holds the logic.

import type { Variants } from './dom';

/** The editor of one post in a composer (the first match kind wins for the whole composer). */
export const editor: Variants = [
  // desktop: Draft.js div.public-DraftEditor-content[role=textbox]; tweetTextarea_N, N = place in a thread
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // narrow layout: a plain textarea inside the test-id wrapper (read .value)
  'div[data-testid^="tweetTextarea"] textarea',
  // narrow layout, test id on the textarea itself (inferred)
  'textarea[data-testid^="tweetTextarea_"]',
];

/** One line of a Draft.js editor; an empty line holds `<br data-text="true">`. */
export const draftBlock: Variants = [
  // Draft.js: one block per line, inside div[data-contents="true"]
  'div[data-block="true"]',
];

/** The composer's own submit; its label (Post, Reply, Post all, Schedule, Update) is localized. */
export const submit: Variants = [
  // today: button, tweetButton in modals, tweetButtonInline on home and status pages
  'button[data-testid^="tweetButton"]',
  // older builds: a div acting as a button
  'div[role="button"][data-testid^="tweetButton"]',
];

/** The modal a composer lives in (compose, reply, thread): a portal in #layers, outside main. */
export const dialog: Variants = [
  // compose / reply / thread modal
  '[role="dialog"][aria-modal="true"]',
  // a dialog without aria-modal (older builds, full-screen narrow composer) (inferred)
  '[role="dialog"]',
];

/** A post as shown in a timeline, on a status page, or above the editor of a reply modal. */
export const tweet: Variants = [
  // current builds
  'article[data-testid="tweet"]',
  // builds without the test id on the article (inferred)
  'article[role="article"]',
];

/** Links in a post's author line: "/<handle>" (name, @handle) and "/<handle>/status/<id>" (time). */
export const tweetAuthorLink: Variants = [
  // the User-Name block of a post
  '[data-testid="User-Name"] a[href^="/"]',
];

/** A post's own permalink (its time stamp and analytics links). */
export const tweetStatusLink: Variants = [
  // time stamp link inside User-Name, and "/status/<id>/analytics"
  'a[href*="/status/"]',
];

/** The main column: inline composers on home and status pages live here. */
export const primaryColumn: Variants = [
  // wide and narrow layouts
  '[data-testid="primaryColumn"]',
  // builds without the test id (inferred)
  'main[role="main"]',
];

/** Avatars whose test id ends with the posting account's handle. */
export const accountAvatar: Variants = [
  // wide layout: the side nav's account switcher at the bottom left
  '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  // narrow layout: the top bar's profile button that opens the drawer (inferred)
  '[data-testid="DashButton_ProfileIcon_Link"] [data-testid^="UserAvatar-Container-"]',
];

/** The account switcher, whose text lines are [name, @handle]. */
export const accountSwitcher: Variants = [
  // wide layout: side nav, bottom left
  '[data-testid="SideNav_AccountSwitcher_Button"]',
];

/** The nav link to the own profile: href "/<handle>". */
export const profileLink: Variants = [
  // wide layout side nav and narrow bottom bar
  'a[data-testid="AppTabBar_Profile_Link"]',
];

/** The composer's own avatar, next to the editor: names the composing account (inferred). */
export const composerAvatar: Variants = [
  // avatar column left of the editor in every composer
  '[data-testid^="UserAvatar-Container-"]',
];

/** A post card below the editor of a compose modal: the post being quoted (a replied-to one sits above). */
export const quotedPost: Variants = [
  // the quoted post's card (test id seen on quoted posts in timelines; in the composer inferred)
  '[data-testid="quoteTweet"]',
  // a post's author line (name, @handle, time): below the editor only the quoted post has one
  '[data-testid="User-Name"]',
];

/** The message box of a direct-message conversation. */
export const dmEditor: Variants = [
  // new chat (/i/chat/<id> and the chat drawer): a plain textarea (read .value)
  'textarea[data-testid="dm-composer-textarea"]',
  // legacy /messages/<id>: Draft.js, test id on the contenteditable
  '[data-testid="dmComposerTextInput"][contenteditable="true"]',
  // legacy, test id on a wrapper around the Draft.js editor (inferred)
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
];

/** The send button of a conversation; its label (Send, Enviar) is localized. */
export const dmSend: Variants = [
  // new chat: exists only once there is text (a voice-message button takes its place while empty)
  '[data-testid="dm-composer-send-button"]',
  // legacy /messages: div[role=button] (or button), aria-disabled while the box is empty
  '[data-testid="dmComposerSendButton"]',
];

/** The open conversation around a message box: header (whom it goes to), messages and composer. */
export const dmConversation: Variants = [
  // new chat page: the conversation panel (in the drawer too (inferred))
  '[data-testid="dm-conversation-panel"]',
  // legacy /messages: the right-hand column, labelled by its heading (inferred)
  'section[aria-labelledby="detail-header"]',
  // legacy: the conversation, messages and (inferred) composer
  '[data-testid="DmActivityContainer"]',
  // new chat without a panel around it: the composer's own form (no recipient then) (inferred)
  'form[data-testid="dm-composer-form"]',
];

/** Links to the person a conversation is with: "/handle" or "https://x.com/handle". */
export const dmRecipientLink: Variants = [
  // new chat: avatar and name links in the conversation header
  '[data-testid="dm-conversation-header"] a[href]',
  // legacy /messages: the person's avatar link, atop the conversation and beside their messages
  'a[data-testid="DM_Conversation_Avatar"]',
  // legacy, test id on a wrapper around the avatar link (inferred)
  '[data-testid="DM_Conversation_Avatar"] a[href]',
];

/** The conversation's name (the person, or a group's title), when no single profile link names it. */
export const dmRecipientName: Variants = [
  // new chat: name (then @handle) in the conversation header
  '[data-testid="dm-conversation-username"]',
  // legacy /messages: the conversation column's heading (inferred)
  'h2#detail-header',
];

/** Where a message box sits: an editable box here whose test id we no longer know is still a message. */
export const dmComposerBox: Variants = [
  // new chat: the composer form (attachment, GIF, emoji, text, send)
  'form[data-testid="dm-composer-form"]',
  // legacy /messages: the conversation, composer included (inferred)
  '[data-testid="DmActivityContainer"]',
];

/** The chat drawer at the bottom right of timeline pages (its chat may sit in a shadow root (inferred)). */
export const chatDrawer: Variants = [
  // new chat drawer; chat-drawer-main is its collapsed button
  '[data-testid="chat-drawer-root"]',
  // legacy messages drawer (inferred)
  '[data-testid="DMDrawer"]',
];

/** Where avatars carry the handle: attribute, and the prefix before the handle. */
export const AVATAR_ATTR = 'data-testid';
export const AVATAR_PREFIX = 'UserAvatar-Container-';

/** A handle (screen name) without the "@". */
export const HANDLE = /^\w{1,50}$/;

/** A handle as a text line: "@handle". */
export const HANDLE_LINE = /^@(\w{1,50})$/;

/** The handle from a link href: "/handle", "/handle/status/…", "https://x.com/handle". */
export const HANDLE_HREF = /^(?:https?:\/\/[^/]+)?\/(\w{1,50})(?:[/?#]|$)/;

/** A status page: "/<handle>/status/<id>" (also "/i/status/<id>", which names no one). */
export const STATUS_PATH = /^\/(\w{1,50})\/status\/(\d+)/;

/** A post id in a permalink href. */
export const STATUS_ID = /\/status\/(\d+)/;

/** Path segments that are not handles. */
export const NOT_HANDLES: readonly string[] = ['i', 'home', 'compose', 'search', 'explore', 'settings', 'messages', 'notifications'];
