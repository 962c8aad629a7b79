/**
 * Runs Debian's nginx with deploy/nginx.conf, unprivileged (see web-server.ts):
 * only the port and the site folder of the deploy config change.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../scripts/common/project.ts";
import { findExecutable, freePort, runServer, serverPrefix, type RunningServer } from "./web-server.ts";

export const DEPLOY_NGINX_CONF = path.join(PROJECT_ROOT, "deploy", "nginx.conf");
/** The sub-path deploy/nginx.conf and deploy/.htaccess serve the site under. */
export const DEPLOY_BASE = "/portal/";
const TEMP_DIRS = ["body", "proxy", "fastcgi", "uwsgi", "scgi"];

/** The deploy config with its port and site folder replaced; fails loudly if they are not where expected. */
export function adaptDeployConfig(config: string, port: number, siteFolder: string): string {
  let listens = 0;
  let aliases = 0;
  const adapted = config
    .replace(/^(\s*)listen\s+80;/m, (_, indent: string) => (listens++, `${indent}listen 127.0.0.1:${port};`))
    .replace(/^(\s*)alias\s+\/var\/www\/zugong\/dist\/;/m, (_, indent: string) => {
      aliases++;
      return `${indent}alias ${siteFolder.replace(/\/?$/, "/")};`;
    });
  if (listens !== 1 || aliases !== 1)
    throw new Error("deploy/nginx.conf: expected one `listen 80;` and one `alias /var/www/zugong/dist/;`");
  return adapted;
}

/** A main nginx.conf around the site config, with every path nginx writes inside `prefix`. */
export function mainConfig(prefix: string, siteConfigFile: string): string {
  const p = (name: string) => path.join(prefix, name);
  return `daemon off;
worker_processes 1;
pid ${p("nginx.pid")};
error_log ${p("error.log")} warn;
events { worker_connections 256; }
http {
    access_log ${p("access.log")};
${TEMP_DIRS.map((dir) => `    ${dir === "body" ? "client_body" : dir}_temp_path ${p(dir)};`).join("\n")}
    include ${siteConfigFile};
}
`;
}

/** Starts nginx serving `siteFolder` (dist/) under /portal/ with deploy/nginx.conf. */
export async function startNginx(siteFolder: string): Promise<RunningServer> {
  const nginx = findExecutable([process.env["NGINX_PATH"], "/usr/sbin/nginx", "/usr/bin/nginx"]);
  if (!nginx)
    throw new Error("nginx not found: run `bash scripts/setup/ensure-test-tools.sh` (npm test does this).");
  const prefix = serverPrefix("nginx");
  const port = await freePort();
  const siteConfig = path.join(prefix, "site.conf");
  writeFileSync(siteConfig, adaptDeployConfig(readFileSync(DEPLOY_NGINX_CONF, "utf8"), port, siteFolder));
  writeFileSync(path.join(prefix, "nginx.conf"), mainConfig(prefix, siteConfig));
  return runServer({
    command: nginx,
    args: ["-p", prefix, "-c", path.join(prefix, "nginx.conf")],
    prefix,
    port,
    probePath: DEPLOY_BASE,
    errorLogFile: path.join(prefix, "error.log"),
    stopSignal: "SIGQUIT",
  });
}
