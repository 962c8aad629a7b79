/**
 * Mojibake (锟斤拷, �, ï¼Œ): an error — the text cannot be read, and the
 * original is often lost, so --fix leaves it for the editor.
 */
import type { TextSlipSpec } from "../types.ts";

export const MOJIBAKE: TextSlipSpec = {
  severity: "error",
  message: "有乱码，读者无法阅读",
  expected: "原文的文字（“应为”给出的是按 UTF-8 还原的结果，仅供参考）",
  hint:
    "乱码是复制或保存时编码出错造成的，原来的字可能已经丢失，不能自动修改：" +
    "从原始文档（Word、网页）重新复制这一段，用 VS Code 以 UTF-8 保存。",
  fixLabel: "乱码",
};
