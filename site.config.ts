/**
 * 站点配置：网站名称、地址、子路径和页脚信息都在这里修改。
 * 留空（""）的页脚项不会显示。详见 README 的“配置站点”一节。
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
  // 党政机关网站标识：把标识图片放在 public/ 下，填写图片路径和标识链接，例如
  // govMark: { image: "/images/dzjg.png", href: "https://…" },
  siteIdCode: "",
  icp: "",
  // police: { number: "某公网安备 00000000000000号", code: "00000000000000" },
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
