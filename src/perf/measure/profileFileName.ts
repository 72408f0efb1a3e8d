/** The kinds of profile a run can write, with their file extensions (the ones DevTools expects). */
export const PROFILE_EXTENSIONS = { cpu: 'cpuprofile', heap: 'heapprofile' } as const;

/** The file name of a scenario's profile: the id with `/` (and anything unsafe) replaced by `__`. */
export function profileFileName(scenarioId: string, kind: keyof typeof PROFILE_EXTENSIONS): string {
  return `${scenarioId.replace(/[^\w.-]+/g, '__')}.${PROFILE_EXTENSIONS[kind]}`;
}
