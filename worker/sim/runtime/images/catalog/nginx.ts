/** nginx (Debian-based official image): entrypoint script, STOPSIGNAL SIGQUIT, curl installed. */
import { gnuLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

const welcome = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const entrypoint = `#!/bin/sh
set -e
echo "/docker-entrypoint.sh: Configuration complete; ready for start up"
exec "$@"
`;

/** The nginx image. */
export const nginxImage: ImageSpec = {
  repositories: ["nginx"], tags: versionTags, entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], ["NGINX_VERSION", "1.27.3"]],
  workingDir: "/", user: "root", stopSignal: "QUIT", flavor: "gnu", sizeBytes: 72_099_410,
  layers: [skeletonLayer, gnuLayer, [
    { path: "/usr/sbin/nginx", kind: "program", program: "nginx", mode: 0o755 },
    { path: "/usr/bin/curl", kind: "program", program: "curl", mode: 0o755 },
    { path: "/docker-entrypoint.sh", kind: "file", data: entrypoint, mode: 0o755 },
    { path: "/usr/share/nginx/html/index.html", kind: "file", data: welcome },
    { path: "/usr/share/nginx/html/50x.html", kind: "file", data: "<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n" },
    { path: "/etc/nginx/nginx.conf", kind: "file", data: "user  nginx;\nworker_processes  auto;\npid        /run/nginx.pid;\nevents {\n    worker_connections  1024;\n}\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n}\n" },
    { path: "/etc/nginx/conf.d/default.conf", kind: "file", data: "server {\n    listen       80;\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n" },
  ]],
};
