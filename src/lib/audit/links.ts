/**
 * Links: internal links and anchors that do not resolve (扣分项), and every
 * external link by domain, checked against the allow-list (off-list: 提示).
 */
import type { AuditItem, ExternalDomain } from "./types.ts";
import { resolveSitePath, type SitePage } from "./site-pages.ts";

export interface BrokenLink {
  /** The page with the link, relative to dist. */
  page: string;
  link: string;
  reason: string;
}

const ORIGIN = "http://site.invalid";

/** Each link of a page with its address resolved against the page (undefined when it is no valid URL). */
function* resolvedLinks(page: SitePage): Generator<{ href: string; target: URL | undefined }> {
  const pageUrl = new URL(page.urlPath, ORIGIN);
  for (const { href } of page.links) {
    let target: URL | undefined;
    try {
      target = new URL(href, pageUrl);
    } catch {
      target = undefined;
    }
    yield { href, target };
  }
}

/**
 * Every internal href/src on every page that does not resolve to a file in
 * `files` (all files of dist, relative), or to an id in that page.
 */
export function brokenLinks(
  pages: readonly SitePage[],
  files: ReadonlySet<string>,
  base: string,
): BrokenLink[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { href, target } of resolvedLinks(page)) {
      if (!target) {
        broken.push({ page: page.file, link: href, reason: "不是有效的网址" });
        continue;
      }
      if (target.origin !== ORIGIN) continue; // another site, or mailto:
      const targetFile = resolveSitePath(files, base, target.pathname);
      if (!targetFile) {
        broken.push({ page: page.file, link: href, reason: "没有这个文件" });
        continue;
      }
      if (target.hash && targetFile.endsWith(".html")) {
        let id: string;
        try {
          id = decodeURIComponent(target.hash.slice(1));
        } catch {
          id = target.hash.slice(1);
        }
        const targetPage = byFile.get(targetFile);
        if (targetPage && !targetPage.ids.has(id))
          broken.push({ page: page.file, link: href, reason: `页面中没有 id 为“${id}”的位置` });
      }
    }
  }
  return broken;
}

export function brokenLinkItems(
  broken: readonly BrokenLink[],
  distLabel: string,
  urlPathOfFile: (file: string) => string,
): AuditItem[] {
  return broken.map((b) => ({
    severity: "扣分项",
    check: "links",
    message: `站内链接无效：${b.link}（${b.reason}）`,
    file: `${distLabel}/${b.page}`,
    page: urlPathOfFile(b.page),
    extract: b.link,
  }));
}

/** Domains external links may point to without a 提示 (subdomains included). */
export const DEFAULT_ALLOWED_DOMAINS = [
  // 政府网站: www.gov.cn and every *.gov.cn site.
  "gov.cn",
  // The record systems the footer links to (already under gov.cn, listed for the record).
  "beian.miit.gov.cn",
  "beian.mps.gov.cn",
  // 党政机关网站标识 (中央机构编制委员会办公室).
  "bszs.conac.cn",
] as const;

const normalHost = (host: string) => host.toLowerCase().replace(/\.$/, "");

/** Whether `host` is one of `domains` or a subdomain of one (www.gov.cn for gov.cn; not evilgov.cn). */
export function isAllowedHost(host: string, domains: readonly string[]): boolean {
  const h = normalHost(host);
  return domains.some((d) => {
    const domain = normalHost(d.trim().replace(/^\*?\./, ""));
    return domain !== "" && (h === domain || h.endsWith(`.${domain}`));
  });
}

/**
 * Every http(s) link to another site, grouped by host name, with the pages
 * that use each URL. Links to the site's own public address (`siteUrl`, e.g.
 * the canonical link) are the site itself and left out.
 */
export function externalLinks(
  pages: readonly SitePage[],
  options: { siteUrl?: string | undefined; allowed: readonly string[] },
): ExternalDomain[] {
  const ownHost = options.siteUrl ? normalHost(new URL(options.siteUrl).hostname) : undefined;
  const byUrl = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const { target } of resolvedLinks(page)) {
      if (!target || target.origin === ORIGIN || !/^https?:$/.test(target.protocol)) continue;
      if (normalHost(target.hostname) === ownHost) continue;
      target.hash = "";
      const url = target.href;
      let using = byUrl.get(url);
      if (!using) byUrl.set(url, (using = new Set()));
      using.add(page.urlPath);
    }
  }
  const byDomain = new Map<string, ExternalDomain>();
  for (const [url, using] of [...byUrl].sort(([a], [b]) => a.localeCompare(b))) {
    const domain = normalHost(new URL(url).hostname);
    let entry = byDomain.get(domain);
    if (!entry)
      byDomain.set(domain, (entry = { domain, allowed: isAllowedHost(domain, options.allowed), urls: [] }));
    entry.urls.push({ url, pages: [...using].sort() });
  }
  return [...byDomain.values()].sort((a, b) => a.domain.localeCompare(b.domain));
}

/** One 提示 per domain that is not on the allow-list, with every page linking to it. */
export function externalDomainItems(
  domains: readonly ExternalDomain[],
  fileOfPage: (urlPath: string) => string,
): AuditItem[] {
  return domains
    .filter((d) => !d.allowed)
    .map((d) => {
      const pages = [...new Set(d.urls.flatMap((u) => u.pages))].sort();
      const first = pages[0] as string;
      return {
        severity: "提示",
        check: "external",
        message: `外部链接指向不在允许名单中的域名 ${d.domain}（${d.urls.length} 个网址，${pages.length} 个页面）：请核实链接是否必要、对方网站是否可信；确认后可加入 site.config.ts 的 audit.allowedDomains`,
        file: fileOfPage(first),
        page: first,
        pages: pages.slice(1),
        extract: d.urls.map((u) => u.url).join(" "),
      } satisfies AuditItem;
    });
}
