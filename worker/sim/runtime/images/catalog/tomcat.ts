/** tomcat (official) and the lesson images geektime/tomcat:7.0 and geektime/sample:v2. */
import { busyboxLayer, gnuLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

const catalina = (home: string): string => `#!/bin/sh\nexec java -Dcatalina.home=${home} org.apache.catalina.startup.Bootstrap start\n`;
const path = "/usr/local/tomcat/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** The official tomcat image. */
export const tomcatImage: ImageSpec = {
  repositories: ["tomcat"], tags: versionTags, entrypoint: [], cmd: ["catalina.sh", "run"],
  env: [["PATH", path], ["CATALINA_HOME", "/usr/local/tomcat"], ["JAVA_HOME", "/opt/java/openjdk"]],
  workingDir: "/usr/local/tomcat", user: "root", stopSignal: "TERM", flavor: "gnu", sizeBytes: 172_344_021,
  layers: [skeletonLayer, gnuLayer, [
    { path: "/opt/java/openjdk/bin/java", kind: "program", program: "java", mode: 0o755 },
    { path: "/usr/bin/curl", kind: "program", program: "curl", mode: 0o755 },
    { path: "/usr/local/tomcat/bin/catalina.sh", kind: "file", data: catalina("/usr/local/tomcat"), mode: 0o755 },
    { path: "/usr/local/tomcat/webapps", kind: "dir" },
    { path: "/usr/local/tomcat/logs", kind: "dir" },
  ]],
};

const geektimeHome = "/root/apache-tomcat-7.0.42-v2";

/** geektime/tomcat:7.0, used with `sh -c /root/apache-tomcat-7.0.42-v2/bin/start.sh`. */
export const geektimeTomcatImage: ImageSpec = {
  ...tomcatImage, repositories: ["geektime/tomcat"], tags: /^7\.0$/, cmd: [`${geektimeHome}/bin/start.sh`],
  env: [["PATH", path], ["CATALINA_HOME", geektimeHome]], workingDir: "/", sizeBytes: 331_541_870,
  layers: [skeletonLayer, gnuLayer, [
    { path: "/opt/java/openjdk/bin/java", kind: "program", program: "java", mode: 0o755 },
    { path: `${geektimeHome}/bin/catalina.sh`, kind: "file", data: catalina(geektimeHome), mode: 0o755 },
    { path: `${geektimeHome}/bin/start.sh`, kind: "file", data: `#!/bin/sh\nexec ${geektimeHome}/bin/catalina.sh run\n`, mode: 0o755 },
    { path: `${geektimeHome}/webapps/ROOT`, kind: "dir" },
  ]],
};

/** geektime/sample:v2: busybox with /sample.war, for the init-container war-copy lesson. */
export const geektimeSampleImage: ImageSpec = {
  repositories: ["geektime/sample"], tags: /^v2$/, entrypoint: [], cmd: ["sh"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]],
  workingDir: "/", user: "root", stopSignal: "TERM", flavor: "busybox", sizeBytes: 4_397_120,
  layers: [skeletonLayer, busyboxLayer, [{ path: "/sample.war", kind: "file", data: "PK\u0003\u0004sample.war (simulated web archive)\n" }]],
};
