/**
 * What a web server must send with the built site: security headers, caching,
 * compression and MIME types. deploy/nginx.conf and deploy/.htaccess are
 * written by hand for hosts to read; tests check both against this one list
 * (tests/deploy/policy.test.ts) and the nginx one against a real nginx.
 */

/** Sent with every response, error pages included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  // Links to other sites (e.g. the MIIT record page) must not reveal intranet addresses.
  "Referrer-Policy": "same-origin",
  // Only features Chromium knows, so the header itself logs no console errors.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // For older browsers that ignore CSP frame-ancestors.
  "X-Frame-Options": "DENY",
};

/** Files whose names change when their content does: cached for a year, never revalidated. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Everything else (HTML, pagefind.js, pagefind-entry.json, …): revalidated on every use. */
export const REVALIDATE_CACHE = "no-cache";

/**
 * Paths (relative to the site's base) with a content hash in the file name:
 * Vite's _astro/ assets and Pagefind's index chunks and metadata, also in a
 * large site's index shards (pagefind/2/ …). Not hashed, so revalidated:
 * pagefind-entry.json (names the current metadata file), pagefind.js,
 * pagefind-worker.js, wasm.*.pagefind and search-manifest.json.
 */
export const IMMUTABLE_PATHS: readonly RegExp[] = [
  /^_astro\//,
  /^pagefind\/([0-9]+\/)?(index|fragment|filter)\/[^/]+$/,
  /^pagefind\/([0-9]+\/)?pagefind\.[^/]+\.pf_meta$/,
];

export function cacheControlFor(relativePath: string): string {
  return IMMUTABLE_PATHS.some((p) => p.test(relativePath)) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * MIME type of every file extension the site has or an editor may add to
 * public/. Pagefind's own files are gzip data its JavaScript unpacks: they are
 * plain bytes to the server and must never get a Content-Encoding.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: "text/html",
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  xml: "application/xml",
  txt: "text/plain",
  csv: "text/csv",
  ics: "text/calendar",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff2: "font/woff2",
  pdf: "application/pdf",
  epub: "application/epub+zip",
  wasm: "application/wasm",
  pagefind: "application/octet-stream",
  pf_meta: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_fragment: "application/octet-stream",
  pf_filter: "application/octet-stream",
};

/** Text types sent with `; charset=utf-8`. */
export const UTF8_TYPES: readonly string[] = [
  "text/html",
  "text/css",
  "text/javascript",
  "application/json",
  "application/xml",
  "text/plain",
  "text/csv",
  "text/calendar",
  "image/svg+xml",
];

/** Types compressed on the fly (gzip) when the browser accepts it; the rest are already compressed. */
export const COMPRESSED_TYPES: readonly string[] = [...UTF8_TYPES, "application/wasm"];

/** Smaller responses are sent as they are: compressing them saves nothing. */
export const GZIP_MIN_LENGTH = 256;

/** The Content-Type header a server should send for a file name. */
export function contentTypeFor(fileName: string): string | undefined {
  const ext = /\.([^./]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const type = ext === undefined ? undefined : MIME_TYPES[ext];
  if (type === undefined) return undefined;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}
