/** The command line was wrong: printed with the usage text. */
export class UsageError extends Error {}

/** The command was understood and will not be done, for the reason given: printed alone. */
export class RefusedError extends Error {}
