// Finding a Java runtime for the W3C Nu HTML checker (npm `vnu-jar` ships the checker
// as a jar; Debian's default-jre-headless runs it). Its own postinstall would download
// a JRE from the internet, which npm is not allowed to run here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a `java` binary (JAVA_HOME first, then PATH), or null if none is installed. */
export function findJava() {
  const home = process.env.JAVA_HOME;
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  const r = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}
