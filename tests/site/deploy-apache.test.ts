/**
 * deploy/.htaccess in Debian's Apache (the modules it enables by default plus
 * mod_headers), run unprivileged, serving the /portal/ build under /portal/
 * (the shared checks are in tests/helpers/deploy-suite.ts).
 */
import { startApache } from "../helpers/servers/apache.ts";
import { describeDeployment } from "../helpers/deploy-suite.ts";

describeDeployment("Apache with deploy/.htaccess", {
  start: startApache,
  errorPattern: /:(error|crit|alert|emerg)\]/,
});
