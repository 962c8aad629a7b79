/**
 * Runs Debian's Apache with deploy/.htaccess, unprivileged (see web-server.ts):
 * a minimal server config with the modules Debian enables by default plus
 * mod_headers, and the site copied to /portal/ of its document root.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEPLOY_BASE } from "./nginx.ts";
import { PROJECT_ROOT } from "../../../scripts/common/project.ts";
import { findExecutable, freePort, runServer, serverPrefix, type RunningServer } from "./web-server.ts";

export const DEPLOY_HTACCESS = path.join(PROJECT_ROOT, "deploy", ".htaccess");
const MODULES = "/usr/lib/apache2/modules";
/** mpm, access control, and what deploy/.htaccess uses (all in Debian's default set except headers). */
const MODULE_NAMES = [
  "mpm_event",
  "authz_core",
  "mime",
  "dir",
  "alias",
  "filter",
  "deflate",
  "setenvif",
  "headers",
];

export function apacheConfig(prefix: string, documentRoot: string, port: number): string {
  const p = (name: string) => path.join(prefix, name);
  return `ServerRoot ${prefix}
DefaultRuntimeDir ${prefix}
PidFile ${p("apache2.pid")}
Mutex file:${prefix} default
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
ErrorLog ${p("error.log")}
LogLevel warn
${MODULE_NAMES.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join("\n")}
# Debian's global MIME list, as a host has it: .htaccess must win over it.
TypesConfig /etc/mime.types
DocumentRoot ${documentRoot}
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory ${documentRoot}>
    AllowOverride FileInfo Indexes Options=Indexes,MultiViews
    Require all granted
</Directory>
`;
}

/** Starts Apache serving a copy of `dist` with deploy/.htaccess under /portal/. */
export async function startApache(dist: string): Promise<RunningServer & { siteFolder: string }> {
  const apache = findExecutable([process.env["APACHE_PATH"], "/usr/sbin/apache2", "/usr/sbin/httpd"]);
  if (!apache)
    throw new Error("apache2 not found: run `bash scripts/setup/ensure-test-tools.sh` (npm test does this).");
  const prefix = serverPrefix("apache");
  const documentRoot = path.join(prefix, "htdocs");
  const siteFolder = path.join(documentRoot, DEPLOY_BASE.replace(/^\/|\/$/g, ""));
  mkdirSync(documentRoot);
  cpSync(dist, siteFolder, { recursive: true });
  copyFileSync(DEPLOY_HTACCESS, path.join(siteFolder, ".htaccess"));
  const port = await freePort();
  const config = path.join(prefix, "apache2.conf");
  writeFileSync(config, apacheConfig(prefix, documentRoot, port));
  const server = await runServer({
    command: apache,
    args: ["-f", config, "-DFOREGROUND"],
    prefix,
    port,
    probePath: DEPLOY_BASE,
    errorLogFile: path.join(prefix, "error.log"),
    stopSignal: "SIGTERM",
  });
  return { ...server, siteFolder };
}
