// The adapters, by host name.
import type { SiteAdapter } from './adapter';
import { x } from './x';

export const adapters: readonly SiteAdapter[] = [x];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return adapters.find((a) => a.hosts.includes(hostname));
}
