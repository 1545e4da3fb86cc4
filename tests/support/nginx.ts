import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where README.md's nginx examples serve the site from; tests put a build there. */
const README_ROOT = '/var/www/binh-dan-hoc-vu-so';

/**
 * README.md's nginx examples, as written: the one for a sub-path (a `location`
 * for /binh-dan-hoc-vu-so/) and the one for a domain's root (`root …`).
 */
export function readmeNginx(): { subpath: string; root: string } {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const subpath = blocks.find((block) => block.startsWith('location /binh-dan-hoc-vu-so/'));
  const root = blocks.find((block) => block.startsWith(`root ${README_ROOT};`));
  if (!subpath || !root) throw new Error('README.md: the nginx examples for a sub-path and for a root are gone');
  return { subpath, root };
}

/**
 * Debian's nginx as a child process (no daemon, no master) on `port`, with
 * `server` (directives of a server block) serving `dir` where the README says
 * /var/www/binh-dan-hoc-vu-so; its prefix, pid and logs live in a temp folder.
 */
export async function startNginx({ server, dir, port }: { server: string; dir: string; port: number }) {
  const prefix = mkdtempSync(join(tmpdir(), 'hvs-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(prefix, name)};`).join('\n    ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    ${temp}
    server {
        listen 127.0.0.1:${port};
        ${server.replaceAll(README_ROOT, resolve(dir))}
    }
}
`,
  );
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  // Ready when it answers; a config error ends the process first.
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}${readFileSync(join(prefix, 'logs', 'error.log'), 'utf8')}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${port}: ${stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
