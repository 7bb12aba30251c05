// The content script on facebook's pages: the shared body with this site's adapter only.
import { facebook } from '../sites/facebook';
import { start } from './start';

start(facebook);
