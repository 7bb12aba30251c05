// The content script on x's pages: the shared body with this site's adapter only.
import { x } from '../sites/x';
import { start } from './start';

start(x);
