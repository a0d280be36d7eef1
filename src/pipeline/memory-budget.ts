/**
 * Memory shared out among jobs run at once: a job starts when what it is expected to take fits beside what the
 * running jobs took, or when nothing else runs (a job bigger than the whole budget still runs, alone). Jobs start in
 * the order they asked.
 */
export class MemoryBudget {
  readonly #total: number;
  #inUse = 0;
  #running = 0;
  readonly #waiting: { readonly bytes: number; readonly start: () => void }[] = [];

  constructor(totalBytes: number) {
    this.#total = totalBytes;
  }

  /** Waits until `bytes` fit, takes them, and gives the function that gives them back. */
  async take(bytes: number): Promise<() => void> {
    if (this.#waiting.length > 0 || !this.#fits(bytes)) {
      await new Promise<void>((start) => this.#waiting.push({ bytes, start }));
    } else {
      this.#begin(bytes);
    }
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.#inUse -= bytes;
      this.#running--;
      this.#next();
    };
  }

  #fits(bytes: number): boolean {
    return this.#running === 0 || this.#inUse + bytes <= this.#total;
  }

  #begin(bytes: number): void {
    this.#inUse += bytes;
    this.#running++;
  }

  #next(): void {
    while (this.#waiting.length > 0 && this.#fits(this.#waiting[0]!.bytes)) {
      const job = this.#waiting.shift()!;
      this.#begin(job.bytes);
      job.start();
    }
  }
}
