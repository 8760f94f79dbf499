import { describe, expect, it } from "vitest";
import { makePod, run } from "../harness.ts";

const seed = "mkdir -p /w && cd /w && printf 'alpha\\nbeta\\ngamma\\n' > f.txt && ";

describe("busybox utilities", () => {
  it.each([
    { name: "echo -n and -e", script: "echo -n a; echo -e 'b\\tc'", out: "ab\tc\n", err: "", code: 0 },
    { name: "printf formats", script: "printf '%s=%d %.1s|%-3s|%05d\\n' a 42 xyz b 7", out: "a=42 x|b  |00007\n", err: "", code: 0 },
    { name: "cat missing file", script: "cat /tmp/healthy", out: "", err: "cat: can't open '/tmp/healthy': No such file or directory\n", code: 1 },
    { name: "cat a directory", script: "cat /tmp", out: "", err: "cat: read error: Is a directory\n", code: 1 },
    { name: "touch in missing dir", script: "touch /no/x", out: "", err: "touch: /no/x: No such file or directory\n", code: 1 },
    { name: "rm missing", script: "rm /tmp/x", out: "", err: "rm: can't remove '/tmp/x': No such file or directory\n", code: 1 },
    { name: "rm -f missing", script: "rm -f /tmp/x", out: "", err: "", code: 0 },
    { name: "rm dir without -r", script: "mkdir /tmp/d; rm /tmp/d", out: "", err: "rm: '/tmp/d' is a directory\n", code: 1 },
    { name: "rm -rf tree", script: "mkdir -p /tmp/d/e; touch /tmp/d/e/f; rm -rf /tmp/d; ls /tmp", out: "", err: "", code: 0 },
    { name: "mkdir existing", script: "mkdir /tmp", out: "", err: "mkdir: can't create directory '/tmp': File exists\n", code: 1 },
    { name: "cp into dir", script: "mkdir /app; echo war > /s.war; cp /s.war /app; cat /app/s.war", out: "war\n", err: "", code: 0 },
    { name: "cp missing", script: "cp /sample.war /app", out: "", err: "cp: can't stat '/sample.war': No such file or directory\n", code: 1 },
    { name: "mv and ls", script: `${seed}mv f.txt g.txt; ls`, out: "g.txt\n", err: "", code: 0 },
    { name: "ln -s and cat", script: `${seed}ln -s /w/f.txt l; cat l | head -n 1`, out: "alpha\n", err: "", code: 0 },
    { name: "ls missing", script: "ls /nope", out: "", err: "ls: /nope: No such file or directory\n", code: 1 },
    { name: "ls -l", script: "mkdir /e; echo hi > /e/a; ls -l /e", out: "-rw-r--r--    1 root     root             3 Jan  1 00:00 a\n", err: "", code: 0 },
    { name: "head and tail", script: `${seed}head -n 2 f.txt; tail -1 f.txt`, out: "alpha\nbeta\ngamma\n", err: "", code: 0 },
    { name: "wc -l from stdin", script: `${seed}wc -l < f.txt`, out: "3\n", err: "", code: 0 },
    { name: "grep -n -v", script: `${seed}grep -n -v beta f.txt`, out: "1:alpha\n3:gamma\n", err: "", code: 0 },
    { name: "grep -E alternation", script: `${seed}grep -E '^(al|ga)' f.txt`, out: "alpha\ngamma\n", err: "", code: 0 },
    { name: "grep -q no match", script: `${seed}grep -q delta f.txt`, out: "", err: "", code: 1 },
    { name: "grep -c -i", script: `${seed}grep -ci A f.txt`, out: "3\n", err: "", code: 0 },
    { name: "sed s///g with groups", script: "echo 'a-b-c' | sed 's/\\(.\\)-/\\1+/g'", out: "a+b+c\n", err: "", code: 0 },
    { name: "sed -i and d", script: `${seed}sed -i '/beta/d' f.txt; cat f.txt`, out: "alpha\ngamma\n", err: "", code: 0 },
    { name: "sed -n p", script: `${seed}sed -n '2p' f.txt`, out: "beta\n", err: "", code: 0 },
    { name: "test and [", script: "[ -d /tmp ] && test -f /etc/passwd && [ 3 -gt 2 ] && [ abc != x ]; echo $?", out: "0\n", err: "", code: 0 },
    { name: "test bad number", script: "[ a -lt 1 ]", out: "", err: "sh: invalid number 'a'\n", code: 2 },
    { name: "sleep bad number", script: "sleep abc", out: "", err: "sleep: invalid number 'abc'\n", code: 1 },
    { name: "date at time 0", script: "date; date +%s", out: "Mon Jan  1 00:00:00 UTC 2024\n1704067200\n", err: "", code: 0 },
    { name: "env and hostname", script: "env | grep ^HOSTNAME; hostname", out: "HOSTNAME=web\nweb\n", err: "", code: 0 },
    { name: "id", script: "id", out: "uid=0(root) gid=0(root) groups=0(root)\n", err: "", code: 0 },
    { name: "kill unknown pid", script: "kill 999", out: "", err: "sh: can't kill pid 999: No such process\n", code: 1 },
    { name: "write to /dev/null", script: "echo x > /dev/null; echo ok", out: "ok\n", err: "", code: 0 },
  ])("$name", ({ script, out, err, code }) => {
    const result = run(makePod(), script);
    expect({ out: result.stdout, err: result.stderr, code: result.exitCode }).toEqual({ out, err, code });
  });
});

describe("GNU coreutils wording (debian)", () => {
  it.each([
    { name: "cat missing", script: "cat /tmp/healthy", err: "cat: /tmp/healthy: No such file or directory\n", code: 1 },
    { name: "rm missing", script: "rm /x", err: "rm: cannot remove '/x': No such file or directory\n", code: 1 },
    { name: "ls missing", script: "ls /x", err: "ls: cannot access '/x': No such file or directory\n", code: 2 },
    { name: "mkdir existing", script: "mkdir /tmp", err: "mkdir: cannot create directory '/tmp': File exists\n", code: 1 },
    { name: "no ps in debian", script: "ps", err: "sh: 1: ps: not found\n", code: 127 },
  ])("$name", ({ script, err, code }) => {
    const result = run(makePod({ image: "debian", command: ["sleep", "3600"] }), script);
    expect({ err: result.stderr, code: result.exitCode }).toEqual({ err, code });
  });
});
