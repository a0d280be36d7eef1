/** A problem with the command line, said in the shape "Expected `--x` to be …, got `y`". */
export class UsageError extends Error {}
