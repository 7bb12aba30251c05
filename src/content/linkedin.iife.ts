// The content script on linkedin's pages: the shared body with this site's adapter only.
import { linkedin } from '../sites/linkedin';
import { start } from './start';

start(linkedin);
