// Which platform a published link belongs to, and which host spellings mean the same site, kept as data
// so a new short-link host or platform is a one-line change here rather than an edit to the link parser.

/**
 * Platform → registrable domains. A host belongs to the platform when it equals one of these or ends in
 * `.` + one of them, so every subdomain (m., web., mbasic., business., vt., vm. …) is covered.
 */
export const PLATFORM_HOSTS = {
  facebook: ['facebook.com', 'fb.com', 'fb.watch', 'fb.me'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com', 'youtu.be'],
  instagram: ['instagram.com', 'instagr.am'],
  line: ['line.me', 'lin.ee'],
  x: ['x.com', 'twitter.com', 't.co'],
  shopee: ['shopee.co.th', 'shp.ee'],
  lazada: ['lazada.co.th'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type KnownPlatform = keyof typeof PLATFORM_HOSTS;

/**
 * Leading host labels that only pick a mobile or desktop front end of the same site. They are dropped from
 * the canonical key, repeatedly (`www.m.` as well), but never when that would leave a dotless host.
 */
export const FRONT_END_PREFIXES: readonly string[] = ['www.', 'm.', 'web.', 'mbasic.', 'mobile.'];

/**
 * Old or short domains that serve exactly the same paths as the domain they map to. Applied to the host and
 * its subdomains (`business.fb.com` → `business.facebook.com`). Short-link hosts whose paths differ from the
 * main site's (fb.watch, fb.me, t.co, vt.tiktok.com) are deliberately absent; youtu.be is rewritten by the
 * parser because its path becomes a query parameter.
 */
export const HOST_ALIASES: Readonly<Record<string, string>> = {
  'fb.com': 'facebook.com',
  'twitter.com': 'x.com',
  'instagr.am': 'instagram.com',
};

export type Platform = KnownPlatform | 'other';

/** Every platform: the known ones in declaration order, then 'other'. */
export const PLATFORMS: readonly Platform[] = [...(Object.keys(PLATFORM_HOSTS) as KnownPlatform[]), 'other'];
/**
 * A platform's index in PLATFORMS: compact columns and counters store it instead of the name. A search of the short
 * list is cheaper than a lookup by name, which is made once for every link of a sheet.
 */
export function platformCode(platform: Platform): number {
  return PLATFORMS.indexOf(platform);
}

const PLATFORM_BY_DOMAIN: ReadonlyMap<string, Platform> = (() => {
  const map = new Map<string, Platform>();
  for (const platform of Object.keys(PLATFORM_HOSTS) as KnownPlatform[]) {
    for (const domain of PLATFORM_HOSTS[platform]) map.set(domain, platform);
  }
  return map;
})();

/** The platform of a lower- or mixed-case host name (no scheme, port or path). */
export function platformOf(host: string): Platform {
  return platformOfLowerCase(host.toLowerCase());
}

/** The same for a host known to be lower case already (as the canonical key's host is). */
export function platformOfLowerCase(host: string): Platform {
  let domain = host;
  for (;;) {
    const platform = PLATFORM_BY_DOMAIN.get(domain);
    if (platform !== undefined) return platform;
    const dot = domain.indexOf('.');
    if (dot < 0) return 'other';
    domain = domain.slice(dot + 1);
  }
}
