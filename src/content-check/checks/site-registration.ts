/**
 * What a published government site must show in its footer (the production
 * profile, SITE_ENV=production): the registration items 《政府网站与政务新媒体
 * 检查指标》 and 《政府网站发展指引》 require, filled in and in the form they are
 * issued. A site served only on an intranet (`intranet: true`) has no public
 * registrations and is exempt from those, not from the rest.
 * The sample build is a demo and is not held to this.
 */
import type { SiteConfig } from "../../model/site.ts";
import type { Problem } from "../problem.ts";

export const SITE_CONFIG_FILE = "site.config.ts";

/** 网站标识码: ten digits, or bm and eight digits for a department's site. */
export const SITE_ID_CODE = /^(?:\d{10}|bm\d{8})$/;
/** ICP备案号: 京ICP备12345678号, optionally with the site's number, -1. */
export const ICP_NUMBER = /^[\u4e00-\u9fa5]ICP备\d+号(?:-\d+)?$/;
/** 公安机关备案号: 京公网安备 11010502000001号; the digits are the record code. */
export const POLICE_NUMBER = /^[\u4e00-\u9fa5]公网安备\s*(\d+)号$/;
/** The 党政机关网站标识 record page on the 中国机构编制网 record system. */
export const GOV_MARK_LINK = /^https?:\/\/bszs\.conac\.cn\/sitename\?method=show&id=[0-9A-Za-z]+$/;

export interface RegistrationOptions {
  /** The text of site.config.ts, to point at the line of each item. */
  configText?: string;
  /** Whether a file exists under public/ ("/images/x.png" → public/images/x.png). */
  publicFileExists: (rootPath: string) => boolean;
}

interface Item {
  field: string;
  label: string;
  message: string;
  found?: string | undefined;
  expected: string;
  hint: string;
}

const shown = (value: string | undefined) => (value ? `“${value}”` : "（未填写）");

/** The 1-based line of `key:` in site.config.ts, when it is written there (not commented out). */
function lineOf(configText: string | undefined, field: string): number | undefined {
  if (!configText) return undefined;
  const key = field.split(".")[0] as string;
  const index = configText.split("\n").findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index >= 0 ? index + 1 : undefined;
}

function publicRegistrations(config: SiteConfig, options: RegistrationOptions): Item[] {
  const items: Item[] = [];
  if (!SITE_ID_CODE.test(config.siteIdCode))
    items.push({
      field: "siteIdCode",
      label: "网站标识码",
      message: config.siteIdCode ? "网站标识码的格式不对" : "没有填写网站标识码",
      found: shown(config.siteIdCode),
      expected: "开办网站时分配的标识码：10 位数字（如 6109020001），部门网站为 bm 加 8 位数字",
      hint: "向本级政府网站主管部门查询本网站的标识码，原样填入 siteIdCode。",
    });
  if (!ICP_NUMBER.test(config.icp))
    items.push({
      field: "icp",
      label: "ICP备案号",
      message: config.icp ? "ICP备案号的格式不对" : "没有填写ICP备案号",
      found: shown(config.icp),
      expected: "备案时取得的编号，如 陕ICP备12345678号 或 陕ICP备12345678号-1",
      hint: "在工业和信息化部备案管理系统（beian.miit.gov.cn）查到本网站的备案号，原样填入 icp。",
    });
  const police = config.police;
  const digits = police && POLICE_NUMBER.exec(police.number)?.[1];
  if (!police || !digits)
    items.push({
      field: "police",
      label: "公安机关备案号",
      message: police ? "公安机关备案号的格式不对" : "没有填写公安机关备案号",
      found: shown(police?.number),
      expected: "如 陕公网安备 61090202000001号，并填写备案编码和备案图标：police: { number, code, icon }",
      hint: "在全国互联网安全管理服务平台（beian.mps.gov.cn）查到本网站的备案号，填入 police.number，数字部分填入 police.code。",
    });
  else {
    if (digits !== police.code)
      items.push({
        field: "police.code",
        label: "公安机关备案编码",
        message: "备案编码与备案号中的数字不一致，备案号链接会打开别的网站的备案信息",
        found: shown(police.code),
        expected: `“${digits}”`,
        hint: "把 police.code 改成备案号中的数字。",
      });
    if (!police.icon || !options.publicFileExists(police.icon))
      items.push({
        field: "police.icon",
        label: "公安机关备案图标",
        message: police.icon ? "找不到公安机关备案图标文件" : "没有填写公安机关备案图标",
        found: shown(police.icon),
        expected: "public/ 下的备案图标图片，如 /images/police-record.png",
        hint: "把备案时取得的图标图片放到 public/images/ 下，在 police.icon 中填写它的路径。",
      });
  }
  const mark = config.govMark;
  if (!mark || !GOV_MARK_LINK.test(mark.href))
    items.push({
      field: "govMark",
      label: "党政机关网站标识",
      message: mark ? "党政机关网站标识的链接不是标识的注册信息页" : "没有填写党政机关网站标识",
      found: shown(mark?.href),
      expected:
        'govMark: { image: "/images/dzjg.png", href: "https://bszs.conac.cn/sitename?method=show&id=…" }',
      hint: "从机构编制部门取得标识图片和注册信息页地址，图片放到 public/images/ 下。",
    });
  else if (!options.publicFileExists(mark.image))
    items.push({
      field: "govMark.image",
      label: "党政机关网站标识图片",
      message: "找不到党政机关网站标识图片文件",
      found: shown(mark.image),
      expected: "public/ 下的标识图片，如 /images/dzjg.png",
      hint: "把标识图片放到 public/ 下对应的位置，或改正 govMark.image 的路径。",
    });
  return items;
}

function everySite(config: SiteConfig): Item[] {
  const items: Item[] = [];
  if (!config.organizer)
    items.push({
      field: "organizer",
      label: "主办单位",
      message: "没有填写主办单位",
      expected: "主办单位的全称，如 中共示例县委组织部",
      hint: "在 organizer 中填写主办单位全称。",
    });
  if (!config.phone && !config.email)
    items.push({
      field: "phone",
      label: "联系方式",
      message: "没有填写联系方式（电话或电子邮箱至少一项）",
      expected: "网站的联系电话或电子邮箱",
      hint: "在 phone 或 email 中填写读者可以联系到网站管理人员的电话或邮箱。",
    });
  if (!config.consultation)
    items.push({
      field: "consultation",
      label: "咨询建言",
      message: "没有填写咨询建言的入口",
      expected: "读者提出咨询和建议的网页地址，或一个电子邮箱",
      hint: "在 consultation 中填写留言页面的地址或接收建议的邮箱。",
    });
  return items;
}

/** Every item the production profile refuses to publish without, as errors in the checker's report. */
export function siteRegistrationProblems(config: SiteConfig, options: RegistrationOptions): Problem[] {
  const intranetNote = "只在内网访问的网站，在站点配置中设 intranet: true 可免填此项。";
  const items = [
    ...(config.intranet ? [] : publicRegistrations(config, options)).map((item) => ({
      ...item,
      hint: `${item.hint}${intranetNote}`,
    })),
    ...everySite(config),
  ];
  return items.map((item): Problem => ({
    severity: "error",
    file: SITE_CONFIG_FILE,
    line: lineOf(options.configText, item.field),
    field: item.field,
    fieldLabel: item.label,
    message: `${item.message}；正式发布（SITE_ENV=production）必须填写`,
    found: item.found,
    expected: item.expected,
    hint: item.hint,
  }));
}
