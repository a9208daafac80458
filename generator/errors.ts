// The one error type the generator throws for bad input: every line names a place and a reason.
export class SpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`The spec is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SpecError';
  }
}
