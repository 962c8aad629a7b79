#!/usr/bin/env bash
# The site tests drive real programs from Debian: Chromium (browser tests,
# through playwright-core, which cannot download its own browser here), and
# nginx and Apache (the deploy/ configurations are tested in the real servers),
# a Chinese font, so that Chromium lays out and screenshots real glyphs
# (a bare Debian has none) as readers' systems do, and Java for the W3C HTML
# checker (vnu.jar from the vnu-jar package) and the W3C EPUBCheck for the
# compilation's EPUB, and Poppler's tools to read its PDF back. Install the missing ones with apt-get.
set -euo pipefail

first_executable() {
  for candidate in "$@"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
find_chromium() { first_executable "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; }
find_nginx() { first_executable "${NGINX_PATH:-}" /usr/sbin/nginx /usr/bin/nginx; }
find_apache() { first_executable "${APACHE_PATH:-}" /usr/sbin/apache2 /usr/sbin/httpd; }

missing=()
find_chromium >/dev/null || missing+=(chromium)
find_nginx >/dev/null || missing+=(nginx)
find_apache >/dev/null || missing+=(apache2)
has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }
has_cjk_font || missing+=(fonts-wqy-microhei)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# The W3C's EPUBCheck validates the compilation's EPUB (npm run book); it runs on the same Java.
[ -f /usr/share/java/epubcheck.jar ] || missing+=(epubcheck)
# Poppler's pdfinfo, pdftotext, pdffonts and pdftohtml read the compilation's PDF back.
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "测试需要的软件未安装：${missing[*]}。正在用 apt-get 安装 Debian 的软件包（Chromium 用于浏览器测试，nginx 和 Apache 用于测试 deploy/ 中的服务器配置，中文字体用于浏览器排版，Java 用于 W3C HTML 检查器，EPUBCheck 和 Poppler 用于检查选编的 EPUB 和 PDF）……" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "需要 root 权限安装：请运行 apt-get install -y ${missing[*]} 后重试。" >&2
    exit 1
  fi
else
  SUDO=
fi
# The tests start nginx and Apache themselves, unprivileged, on free ports: keep the
# packages from starting system services on port 80 while they install.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for tool in chromium nginx apache; do
  path=$("find_$tool") || { echo "$tool 安装失败。" >&2; exit 1; }
  echo "已就绪：$path" >&2
done
has_cjk_font || { echo "中文字体安装失败。" >&2; exit 1; }
command -v java >/dev/null 2>&1 || { echo "Java 安装失败。" >&2; exit 1; }
[ -f /usr/share/java/epubcheck.jar ] || { echo "EPUBCheck 安装失败。" >&2; exit 1; }
command -v pdfinfo >/dev/null 2>&1 || { echo "Poppler 工具安装失败。" >&2; exit 1; }
