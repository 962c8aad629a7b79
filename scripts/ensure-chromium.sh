#!/usr/bin/env bash
# Browser tests drive a real headless Chromium. Playwright cannot download its
# own browser here, so use Debian's package: install it when none is found.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if path=$(find_chromium); then
  exit 0
fi

echo "未找到 Chromium，浏览器测试需要它：正在用 apt-get 安装 Debian 的 chromium 软件包……" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "需要 root 权限安装 chromium：请运行 apt-get install -y chromium 后重试。" >&2
    exit 1
  fi
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
path=$(find_chromium) || { echo "chromium 安装失败。" >&2; exit 1; }
echo "已安装 Chromium：$path" >&2
