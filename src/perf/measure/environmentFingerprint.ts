import { arch, cpus, platform, release, totalmem } from 'node:os';

/** The machine a run was measured on; absolute times are only comparable on the same one. */
export interface EnvironmentFingerprint {
  readonly cpuModel: string;
  readonly cores: number;
  readonly node: string;
  readonly os: string;
  readonly arch: string;
  readonly memoryGiB: number;
}

/** The fingerprint of this process's machine. */
export function environmentFingerprint(): EnvironmentFingerprint {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

/**
 * Whether absolute times measured on `a` can be gated against `b`: same CPU model, core count,
 * Node major version, OS platform and architecture. Kernel patch levels and memory are ignored.
 */
export function sameMachine(a: EnvironmentFingerprint, b: EnvironmentFingerprint): boolean {
  const major = (v: string) => v.split('.')[0];
  return a.cpuModel === b.cpuModel && a.cores === b.cores && major(a.node) === major(b.node) && a.os.split(' ')[0] === b.os.split(' ')[0] && a.arch === b.arch;
}

/** One line describing the environment. */
export function describeEnvironment(e: EnvironmentFingerprint): string {
  return `${e.cpuModel}, ${e.cores} cores, ${e.memoryGiB} GiB, Node ${e.node}, ${e.os} ${e.arch}`;
}
