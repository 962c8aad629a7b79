/** The site configuration (site.config.ts): name, address, base path and the government-site footer. */
import { z } from "astro/zod";

const optionalText = () => z.string().trim().default("");
/** A file under public/, written from the site root: "/images/x.png". */
const localImage = () =>
  z.string().regex(/^\/[^/]/, { error: "应是 public/ 下的图片路径，以 / 开头，例如 /images/x.png" });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const siteConfigSchema = z.strictObject({
  /** Site name, shown in the header and the SiteName meta. */
  name: z.string().trim().min(1),
  /** One sentence for search engines and the home page. */
  description: z.string().trim().min(1),
  /** Public address of the site without the base path, e.g. https://zugong.example.com. Used by sitemap.xml and RSS. */
  url: z.url({ protocol: /^https?$/ }),
  /** Sub-path the site is served under: "/" or e.g. "/portal/". */
  base: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { error: "base 应以 / 开头并以 / 结尾，例如 / 或 /portal/" })
    .default("/"),
  /** 主办单位. */
  organizer: optionalText(),
  /** 承办单位. */
  operator: optionalText(),
  address: optionalText(),
  phone: optionalText(),
  email: optionalText(),
  /**
   * 咨询建言: where readers send questions and suggestions, a web address or a
   * mailbox (shown in the footer as a link, mailto: for a mailbox).
   */
  consultation: z
    .string()
    .trim()
    .refine((value) => value === "" || /^https?:\/\/\S+$/.test(value) || EMAIL.test(value), {
      error: "consultation 应留空，或填写以 http:// 或 https:// 开头的地址，或一个电子邮箱",
    })
    .default(""),
  /**
   * True when the site is served only on an intranet (内网): the public registration
   * items (网站标识码, ICP备案, 公安机关备案, 党政机关网站标识) are then not required.
   */
  intranet: z.boolean().default(false),
  /** 党政机关网站标识: a local image under public/ and the link to its record page. */
  govMark: z.strictObject({ image: localImage(), href: z.url({ protocol: /^https?$/ }) }).optional(),
  /** 网站标识码. */
  siteIdCode: optionalText(),
  /** ICP备案号, e.g. 京ICP备00000000号; linked to the MIIT record page. */
  icp: optionalText(),
  /** 公安机关备案号 and the code used in the link to its record page. */
  police: z
    .strictObject({
      number: z.string().trim().min(1),
      code: z.string().regex(/^\d+$/),
      /** The 公安 record icon, a local image under public/ (supplied with the record), shown before the number. */
      icon: localImage().optional(),
    })
    .optional(),
  /** Title of the study-material compilation (学习资料选编), as printed on it, without 《》. */
  compilationTitle: z.string().trim().min(1).default("组工干部业务知识学习资料选编"),
  /** A notice shown on every page, e.g. that the content is sample content. Empty hides it. */
  notice: optionalText(),
  /**
   * Where the programme's wording (五看五比, 五型, 量化要求 in the data files) comes from,
   * shown under it on the home and programme pages. Empty hides it.
   */
  programmeSource: optionalText(),
  /**
   * 站点自查 (npm run audit): what the audit measures against. Empty keeps the defaults
   * (src/lib/audit/, README “站点自查”).
   */
  audit: z
    .strictObject({
      /** Days after which a column counts as not updated, by section key (home, rules, …). */
      freshnessDays: z.record(z.string(), z.int().positive()).default({}),
      /** Domains that external links may point to; subdomains included (gov.cn allows www.gov.cn). */
      allowedDomains: z.array(z.string().trim().min(1)).default([]),
      /** The 错别字/规范表述 list, a YAML file relative to the project root. */
      wordingList: z.string().trim().min(1).default("audit/wording.yaml"),
    })
    .prefault({}),
  /**
   * 编辑此页: the repository's edit address, to which a content file's path
   * (src/content/rules/x.md) is appended, e.g.
   * https://git.example.com/org/repo/edit/main/ (or with {path} where the path
   * goes). Empty hides the link.
   */
  editBaseUrl: z
    .string()
    .trim()
    .refine((value) => value === "" || /^https?:\/\/[^\s]+$/.test(value), {
      error: "editBaseUrl 应留空，或是以 http:// 或 https:// 开头的地址",
    })
    .default(""),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
