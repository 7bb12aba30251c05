// Facebook (www.facebook.com, web.facebook.com): every selector the adapter uses, as data. Each
// selector is a list of variants tried in order; each variant says where it applies. Facebook's
// classes are hashed atomic names that rotate and every label is localized, so only roles, aria-*
// attributes (never their text), data-lexical-editor, data-pagelet, tags and structure are used.
// Lines marked "inferred" have not been seen on the live site. facebook.ts holds the logic.

import type { Variants } from './dom';

/** The editor of every composer: post dialog, comment, reply, chat. */
export const editor: Variants = [
  // Lexical's root (posts, comments, replies, Messenger), usually inside [role=presentation], class notranslate
  'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // the same root without the textbox role (older chat builds) (inferred)
  '[contenteditable="true"][data-lexical-editor="true"]',
];

/** Something typed into that is not a Lexical editor we know: a composer we can no longer read. */
export const unknownEditor: Variants = [
  // a rich-text box whose markup changed under us
  '[contenteditable="true"][role="textbox"]',
  // any other contenteditable
  '[contenteditable="true"]',
  // a plain text area (inferred: not used by Facebook on desktop today)
  'textarea',
];

/** One paragraph of a Lexical editor; an empty line is `<p><br></p>`. */
export const paragraph: Variants = [
  // Lexical paragraph nodes, direct children of the editor root
  ':scope > p',
];

/** Anything that acts as a button. */
export const button: Variants = [
  // Facebook draws nearly every button as a div with a role
  '[role="button"]',
  // a real button element (inferred: rare on Facebook)
  'button',
];

/** A modal: the "Create post" flow, the post viewer, a Page's "Post settings" step. */
export const dialog: Variants = [
  // every modal is a portal with role=dialog, labelled by its heading
  '[role="dialog"]',
];

/** What holds a dialog's editor and all its buttons, every step of the flow included. */
export const postForm: Variants = [
  // "Create post": one form around the editor step and the Page's "Post settings" step
  'form',
];

/** The own box of a comment or reply composer: its editor, tool buttons and send button. */
export const commentForm: Variants = [
  // comment and reply composers (inferred: falls back to the largest box holding no post or comment)
  'form',
];

/** The root of a post: feed unit, permalink, or the post shown in the post viewer. */
export const postRoot: Variants = [
  // feed units and permalinks: an article holding the post, its comments and its comment box
  '[role="article"]',
  // feed units that carry their place in the feed without the article role (inferred)
  '[aria-posinset]',
];

/** A comment or a reply: an article nested inside a post root. */
export const commentRoot: Variants = [
  // "Comment by …" / "Reply by …" articles (the label itself is localized: not used)
  '[role="article"]',
];

/** A comment thread: the list item holding a comment, its replies and its reply box. */
export const commentThread: Variants = [
  // comment lists are ul > li
  'li',
  // lists drawn with roles (inferred)
  '[role="listitem"]',
];

/** The post author's name link in the post header. */
export const postAuthor: Variants = [
  // feed and permalink headers: h2/h3/h4 (h4 in groups and shares) wrapping the name link
  'h2 a[href]',
  // feed header, other builds
  'h3 a[href]',
  // groups, shared posts
  'h4 a[href]',
  // a heading role instead of a heading tag (inferred)
  '[role="heading"] a[href]',
];

/** A comment's author: its first link with text (the avatar link before it has none). */
export const commentAuthor: Variants = [
  // name link at the top of the comment bubble
  'a[href]',
];

/** A Messenger chat: a popup at the bottom right of every page. */
export const chatRoot: Variants = [
  // the chat popup ("chat tab")
  '[data-pagelet="ChatTab"]',
  // chat tabs numbered per conversation (inferred)
  '[data-pagelet^="ChatTab"]',
];

/** Messenger inside facebook.com (/messages/t/…): the conversation column, only on MESSAGES_PATH. */
export const messagesMain: Variants = [
  // the conversation pane
  '[role="main"]',
];

/** The messages of a chat: never read for the recipient's name. */
export const messageList: Variants = [
  // the conversation's message grid
  '[role="grid"]',
  // a live log of messages (inferred)
  '[role="log"]',
];

/** The recipient's name in a chat header, above the messages and the editor. */
export const chatTitle: Variants = [
  // chat popup and Messenger page header: the name as a heading (inferred)
  'h2',
  // a heading role instead of a heading tag (inferred)
  '[role="heading"]',
  // the header's link to the recipient's profile
  'a[href]',
];

/** A composer's avatar of the identity it posts as; its accessible name is that name (inferred). */
export const actorAvatar: Variants = [
  // profile pictures are svgs with role=img, labelled with the name
  'svg[role="img"][aria-label]',
  // an img avatar with the name as alt text (inferred)
  'img[alt]:not([alt=""])',
];

/** The headings of a dialog: never the actor's name. */
export const heading: Variants = [
  // dialog title ("Create post", "Post settings")
  'h1, h2, h3, h4, [role="heading"]',
];

/** The session's own profile: name and link. */
export const ownProfile: Variants = [
  // home: the left rail's first link is the acting profile (a person, or a Page switched into)
  '[data-pagelet="LeftRail"] a[href]',
];

/** Messenger inside facebook.com. */
export const MESSAGES_PATH = /^\/messages\//;

/** Reported to be set while acting as a Page (new Pages experience) (inferred). */
export const PAGE_COOKIE = /(?:^|;\s*)i_user=\d+/;
