/**
 * 站点配置：网站名称、地址、子路径和页脚信息都在这里修改。
 * 留空（""）的页脚项不会显示。详见 README 的“配置站点”一节。
 * 正式发布用 SITE_ENV=production npm run build：那时主办单位、联系方式、咨询建言，
 * 以及（不是只在内网访问的网站）网站标识码、ICP备案号、公安机关备案号和
 * 党政机关网站标识都必须按规定格式填写，否则不生成网站（README“正式发布”）。
 */
import { defineSiteConfig } from "./src/lib/site/site-config.ts";

export default defineSiteConfig({
  name: "组工学习门户",
  description: "示例县委组织部“五型”组工干部队伍建设学习平台：规章制度、学习资料选编、推荐书目和调研文章。",
  // 网站的正式地址（不含子路径），用于站点地图和 RSS。
  url: "https://zugong.example.com",
  // 部署在子路径下时改为 "/子路径/"，例如 "/portal/"；也可在构建时用环境变量 SITE_BASE 覆盖。
  base: "/",
  organizer: "示例县委组织部",
  operator: "",
  address: "示例县示例路 1 号",
  phone: "",
  email: "",
  // 咨询建言：留言页面的地址（https://…）或接收建议的邮箱。
  consultation: "",
  // 只在单位内网访问、不对公众开放时改为 true：免填网站标识码和各项备案。
  intranet: false,
  // 党政机关网站标识：把标识图片放在 public/ 下，填写图片路径和标识的注册信息页，例如
  // govMark: { image: "/images/dzjg.png", href: "https://bszs.conac.cn/sitename?method=show&id=…" },
  siteIdCode: "",
  icp: "",
  // 公安机关备案：备案号、其中的数字（备案编码）和备案图标（放在 public/ 下），例如
  // police: { number: "某公网安备 00000000000000号", code: "00000000000000", icon: "/images/gongan.png" },
  // “编辑此页”链接：仓库中编辑文件的地址前缀，后面接文件路径（如 src/content/rules/x.md），例如
  // "https://git.example.com/org/repo/edit/main/"；留空则不显示链接。
  editBaseUrl: "",
  // 学习资料选编的书名（不加书名号），显示在选编目录、打印本和首页。
  compilationTitle: "组工干部业务知识学习资料选编",
  // “五看五比”、五型和量化要求的文字出处，显示在首页和五型建设页；改写了这些文字时相应修改或留空。
  programmeSource:
    "“五看五比”、五型和量化要求的表述引自中共汉滨区委组织部介绍打造“五型”组工干部队伍做法的文章。",
  notice:
    "本站为演示站点：规章制度、调研文章、推荐理由等均为虚构的示例内容；学习资料选编中的法律法规文本来自国家法律法规数据库。",
});
