/**
 * Network namespaces: one per pod, shared by its containers (localhost and the pod IP), holding
 * listening sockets. A connection is a synchronous call into the listener at the current virtual
 * instant: HTTP listeners answer a request, raw listeners (`nc -l`) exchange one payload.
 */
import type { Process } from "../process/process.ts";

/** An HTTP request as a simulated server sees it. */
export interface HttpRequest {
  method: string;
  path: string;
  host: string;
  headers: [string, string][];
}

/** An HTTP response. */
export interface HttpResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** A listening socket owned by a process; it closes when the process exits. */
export interface Listener {
  owner: Process;
  onHttp: ((request: HttpRequest) => HttpResponse) | undefined;
  onRaw: ((data: string) => string) | undefined;
}

/** The result of a connection attempt. */
export type Connect = { kind: "connected"; listener: Listener } | { kind: "refused" } | { kind: "timeout" };

/** All pod networks of one node, by pod IP. */
export class Network {
  private readonly byIp = new Map<string, NetNamespace>();

  /** Creates the namespace of a pod with IP `ip`. */
  create(ip: string): NetNamespace {
    const ns = new NetNamespace(ip, this);
    this.byIp.set(ip, ns);
    return ns;
  }

  /** The namespace owning `ip`, if any. */
  find(ip: string): NetNamespace | undefined {
    return this.byIp.get(ip);
  }

  /** Forgets a pod's namespace (sandbox removed). */
  remove(ns: NetNamespace): void {
    this.byIp.delete(ns.ip);
  }
}

/** One pod's network namespace. */
export class NetNamespace {
  readonly ip: string;
  private readonly network: Network;
  private readonly listeners = new Map<number, Listener>();

  constructor(ip: string, network: Network) {
    this.ip = ip;
    this.network = network;
  }

  /** Binds `port` on all addresses; "EADDRINUSE" when another socket holds it. */
  listen(port: number, listener: Listener): "ok" | "EADDRINUSE" {
    if (this.listeners.has(port)) return "EADDRINUSE";
    this.listeners.set(port, listener);
    listener.owner.onExit.push(() => {
      if (this.listeners.get(port) === listener) this.listeners.delete(port);
    });
    return "ok";
  }

  /** Closes `port` if `owner` holds it. */
  close(port: number, owner: Process): void {
    if (this.listeners.get(port)?.owner === owner) this.listeners.delete(port);
  }

  /** Connects from this namespace to an IP address (127.0.0.1 and the pod IP are local). */
  connect(ip: string, port: number): Connect {
    const target = ip === "127.0.0.1" || ip === "::1" || ip === this.ip ? this : this.network.find(ip);
    if (target === undefined) return { kind: "timeout" };
    const listener = target.listeners.get(port);
    return listener === undefined || listener.owner.state === "exited" ? { kind: "refused" } : { kind: "connected", listener };
  }
}
