// Pod manifests of the scenario tests: the study notes (/work/shared/seeds/pod-notes.md) and the
// kubernetes.io task pages, written out as the pages show them (fixed where the notes are broken).

/** pod-notes.md "Spec", with the three YAML mistakes fixed (§18 steps 1–3). */
export const twoContainers = `apiVersion: v1
kind: Pod
metadata:
  name: two-containers
spec:
  nodeSelector:
    disktype: ssd
  hostAliases:
  - ip: "1.1.1.1"
    hostnames:
    - "foo.remote"
    - "bar.remote"
  shareProcessNamespace: true
  restartPolicy: Never
  volumes:
  - name: shared-data
    hostPath:
      path: /data
  containers:
  - name: nginx-container
    image: nginx
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh","-c","echo hello > /usr/share/message"]
      preStop:
        exec:
          command: ["/usr/sbin/nginx","-s","quit"]
    volumeMounts:
    - name: shared-data
      mountPath: /usr/share/nginx/html
  - name: debian-container
    image: debian
    volumeMounts:
    - name: shared-data
      mountPath: /pod-data
    command: ["/bin/sh"]
    args: ["-c", "echo Hello from the debian container > /pod-data/index.html"]
`;

/** pod-notes.md "initContainer" example. */
export const javaweb = `apiVersion: v1
kind: Pod
metadata:
  name: javaweb-2
spec:
  initContainers:
  - image: geektime/sample:v2
    name: war
    command: ["cp", "/sample.war", "/app"]
    volumeMounts:
    - mountPath: /app
      name: app-volume
  containers:
  - image: geektime/tomcat:7.0
    name: tomcat
    command: ["sh","-c","/root/apache-tomcat-7.0.42-v2/bin/start.sh"]
    volumeMounts:
    - mountPath: /root/apache-tomcat-7.0.42-v2/webapps
      name: app-volume
    ports:
    - containerPort: 8080
      hostPort: 8001
  volumes:
  - name: app-volume
    emptyDir: {}
`;

/** pod-notes.md "Projected Volume" (pods/storage/projected.yaml). */
export const projected = `apiVersion: v1
kind: Pod
metadata:
  name: test-projected-volume
spec:
  containers:
  - name: test-projected-volume
    image: busybox
    args:
    - sleep
    - "86400"
    volumeMounts:
    - name: all-in-one
      mountPath: "/projected-volume"
      readOnly: true
  volumes:
  - name: all-in-one
    projected:
      sources:
      - secret:
          name: user
      - secret:
          name: pass
`;

/** The Secrets of the projected-volume task page. */
export const projectedSecrets = `apiVersion: v1
kind: Secret
metadata:
  name: user
stringData:
  username.txt: admin
---
apiVersion: v1
kind: Secret
metadata:
  name: pass
stringData:
  password.txt: 1f2d1e2e67df
`;

/** kubernetes.io pods/probe/exec-liveness.yaml (the notes' copy, with the page's current args). */
export const livenessExec = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`;

/** kubernetes.io pods/probe/http-liveness.yaml. */
export const livenessHttp = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/liveness
    args:
    - /server
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
        httpHeaders:
        - name: Custom-Header
          value: Awesome
      initialDelaySeconds: 3
      periodSeconds: 3
`;

/** kubernetes.io pods/lifecycle-events.yaml. */
export const lifecycleEvents = `apiVersion: v1
kind: Pod
metadata:
  name: lifecycle-demo
spec:
  containers:
  - name: lifecycle-demo-container
    image: nginx
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
      preStop:
        exec:
          command: ["/bin/sh","-c","nginx -s quit; while killall -0 nginx; do sleep 1; done"]
`;

/** A one-container pod: `image`, `command`, and extra container/pod YAML. */
export function simplePod(name: string, options: { image?: string; command?: string; container?: string; spec?: string } = {}): string {
  const command = options.command === undefined ? "" : `    command: ["sh", "-c", ${JSON.stringify(options.command)}]\n`;
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${options.spec ?? ""}  containers:
  - name: app
    image: ${options.image ?? "busybox:1.36"}
${command}${options.container ?? ""}`;
}
