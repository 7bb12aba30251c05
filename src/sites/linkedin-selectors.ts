// LinkedIn (www.linkedin.com): every selector the adapter uses, as data. Each selector is a list of
// variants tried in order; each variant says where it applies. Keyed on role, contenteditable,
// LinkedIn's test hooks and its stable share-* / ql-* / msg-* / comments-* class prefixes (the new
// feed's classes are hashed and rotate). Visible text and aria-labels are localized: a variant that
// relies on one is a last resort behind structural ones. Lines marked "inferred" have not been seen
// on the live site. linkedin.ts holds the logic.

import type { Variants } from './dom';

// ---------------------------------------------------------------------------------------------
// The share dialog ("Start a post"), on the feed and under /company/<id>/admin/…
// ---------------------------------------------------------------------------------------------

/** The share dialog itself. Never a bare [role=dialog]: the messaging overlay leaves one in the DOM. */
export const shareDialog: Variants = [
  // feed and company admin pages: the artdeco modal labelled by the share header
  '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
  // the sharebox modal by its test hook (also seen inside the #interop-outlet shadow root)
  '[data-test-modal-id="sharebox"]',
  // the share box modal's own class, when the two attributes above are missing (inferred)
  '.share-box-v2__modal[role="dialog"]',
];

/** The share dialog's Quill editor: one <p> per line, an empty line is <p><br></p>. */
export const shareEditor: Variants = [
  // Quill 1 in the share creation state
  '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
  // LinkedIn's own test hook on the Quill editor (shadow-root sharebox)
  '[data-test-ql-editor-contenteditable="true"]',
  // a Quill editor anywhere in the dialog (inferred)
  '.ql-editor[contenteditable="true"]',
];

/**
 * The button that publishes: "Post", or "Schedule" once a time was picked (scheduling publishes
 * later, so it is held too). The clock button (share-actions__scheduled-post-btn) only opens the
 * date picker and publishes nothing: it is not listed. Disabled until there is text.
 */
export const shareSubmit: Variants = [
  // the primary action of the share footer
  'button.share-actions__primary-action',
  // older share box footer: its primary button, never the settings step's Done / Next (inferred)
  '.share-box_actions button.artdeco-button--primary:not(.share-box-footer__primary-btn)',
];

/** The author / audience button in the dialog's header: line 1 the author (a person or a page), line 2 "Post to Anyone". */
export const shareAuthor: Variants = [
  // current builds
  '.share-unified-settings-entry-button',
  // the header's button, if the class goes (inferred)
  '#share-to-linkedin-modal__header button',
];

/**
 * Localized prefixes of the audience line ("Post to Anyone"), stripped for display only: the
 * audience is read from its place in the author button, never found by this text.
 */
export const AUDIENCE_PREFIXES: readonly string[] = ['Post to ', 'Publicar para ', 'Publier pour ', 'Posten für ', 'Pubblica per '];

/** Company pages post from /company/<id>/admin/…: the author there is the page. */
export const COMPANY_ADMIN_PATH = /^\/company\/[^/]+\/admin(?:\/|$)/;

// ---------------------------------------------------------------------------------------------
// Comments, new feed (hashed classes, TipTap / ProseMirror editor)
// ---------------------------------------------------------------------------------------------

/** A post of the new feed: everything about one comment box is looked up inside it. */
export const feedPost: Variants = [
  // new feed: each post is a list item of the main feed
  '[data-testid="mainFeed"] div[role="listitem"]',
  // the same post outside the main feed (profile activity, search results) (inferred)
  'div[role="listitem"][componentkey]',
];

/** The comment editor of the new feed. */
export const feedEditor: Variants = [
  // new feed: the ProseMirror textbox inside LinkedIn's TipTap wrapper
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
  // new feed: the ProseMirror textbox by its class, if the wrapper's test id goes (inferred)
  '.ProseMirror[contenteditable="true"][role="textbox"]',
  // new feed, English UI only: the localized aria-label, the last resort
  '[contenteditable="true"][role="textbox"][aria-label^="Text editor for creating comment"]',
];

/** The new feed's comment submit: it follows its editor (the action bar's Comment toggle comes before it). */
export const feedSubmit: Variants = [
  // new feed: the button inside the section whose componentkey names it
  '[componentkey*="commentButtonSection"] button',
  // new feed: the componentkey on the button itself
  'button[componentkey*="commentButtonSection"]',
];

/**
 * Links in a new-feed post to its author's profile or page, in document order; the first one with
 * text names the author (the avatar link before it holds only an image).
 */
export const feedPostAuthorLink: Variants = [
  // the post header: a person (/in/…) or a page (/company/…, /showcase/…)
  'a[href*="/in/"], a[href*="/company/"], a[href*="/showcase/"]',
];

// ---------------------------------------------------------------------------------------------
// Comments, post page (classic rendering, Quill editor)
// ---------------------------------------------------------------------------------------------

/** The comment form: editor and submit are scoped to it (the action bar's Comment button is not). */
export const commentForm: Variants = [
  // post page and classic feed
  'form.comments-comment-box__form',
  // a comment box whose form lost its class (inferred)
  '.comments-comment-box form',
];

/** The form's Quill editor. */
export const commentEditor: Variants = [
  // post page: Quill inside the comment text editor
  '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
  // any Quill editor in the form (inferred)
  '.ql-editor[contenteditable="true"]',
];

/** The form's submit, which exists only once there is text. */
export const commentSubmit: Variants = [
  // post page, current builds
  'button.comments-comment-box__submit-button--cr',
  // older builds
  'button.comments-comment-box__submit-button',
];

/** A classic post (post page, classic feed): the comment form sits inside it. */
export const classicPost: Variants = [
  // post page and classic feed
  '.feed-shared-update-v2[data-urn]',
  // any update with an activity urn (inferred)
  '[data-urn*=":activity:"]',
];

/** The classic post's author line: its first text line is the name (a visually-hidden copy follows). */
export const classicPostAuthor: Variants = [
  // current classic builds
  '.update-components-actor__title',
  // older classic builds
  '.update-components-actor__name',
  // the actor's link, as a last resort (inferred)
  'a.update-components-actor__meta-link',
];

// ---------------------------------------------------------------------------------------------
// Messaging (overlay bubbles and the messaging page; also inside the #interop-outlet shadow root)
// ---------------------------------------------------------------------------------------------

/** The message form: editor, send button and send options are scoped to it. */
export const messageForm: Variants = [
  // overlay bubbles, the messaging page and the compose route
  'form.msg-form',
  // the form as a div in some builds (inferred)
  '.msg-form',
];

/** The message editor: one <p> per line, empty = <p><br></p>; LinkedIn rebuilds it on focus. */
export const messageEditor: Variants = [
  // current builds
  '.msg-form__contenteditable[contenteditable="true"]',
  // any textbox in the message form (inferred)
  'form.msg-form [contenteditable="true"][role="textbox"]',
];

/** The form's Send button (type=submit, disabled while empty). With "Press Enter to Send" on, it is not shown. */
export const messageSend: Variants = [
  // current builds
  'button.msg-form__send-button',
  // older builds (inferred)
  'button.msg-form__send-btn',
];

/**
 * The send options ("…" menu) once rendered: two radios, "Press Enter to Send" first, then
 * "Click Send" (inferred from the order automation scripts click them in).
 */
export const sendOptions: Variants = [
  // the hovercard the send toggle opens, in the form's footer
  '.msg-form__hovercard input[type="radio"]',
];

/** The conversation a form belongs to: the recipient is read from its header. */
export const conversation: Variants = [
  // overlay bubble (role=dialog)
  '.msg-overlay-conversation-bubble',
  // overlay bubble wrapper, and the messaging page's conversation pane
  '.msg-convo-wrapper',
  // messaging page: the detail pane of the scaffold layout (inferred)
  '.scaffold-layout__detail',
];

/** Whom the message goes to, tried in order; several matches of one variant are several recipients. */
export const recipient: Variants = [
  // new message bubble: the chosen recipients' pills (its header says "New message")
  '.msg-connections-typeahead__added-recipients .artdeco-pill__text',
  // overlay bubble header
  '.msg-overlay-bubble-header__title',
  // messaging page header
  'h2.msg-entity-lockup__entity-title',
  // messaging page: the link to the person's profile (inferred)
  '.msg-thread__link-to-profile',
];

// ---------------------------------------------------------------------------------------------
// The signed-in member, and text that is not shown
// ---------------------------------------------------------------------------------------------

/** The signed-in member's photo in the global nav; its alt is their name. */
export const mePhoto: Variants = [
  // global nav, "Me" menu
  'img.global-nav__me-photo[alt]',
  // global nav, if the photo's class goes (inferred)
  '.global-nav__me img[alt]',
];

/** Any editable element: a new-feed button with none before it is the Comment toggle, not a send. */
export const anyEditor: Variants = [
  // contenteditable editors (Quill, ProseMirror, the message editor) under any class
  '[contenteditable="true"]',
  // plain text areas (inferred)
  'textarea',
];

/** Elements whose text is not shown (screen-reader copies, icons): skipped when reading lines. */
export const notShown: Variants = [
  // LinkedIn's screen-reader-only copies
  '.visually-hidden',
  // older screen-reader-only copies
  '.a11y-text',
  // icons (their <title>s)
  'svg',
];
