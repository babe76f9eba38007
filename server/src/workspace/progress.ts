// The CLI's progress line for long runs: on a terminal only (never in CI, never when stderr is a
// pipe or a file), rewritten in place at most ten times a second, gone when the run ends.

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly on = !!out.isTTY && !process.env.CI && total >= 50,
  ) {}

  tick(done: number): void {
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    this.shown = true;
    this.out.write(`\r\x1b[Kcopydesk: ${done.toLocaleString('en')} of ${this.total.toLocaleString('en')} drafts`);
  }

  end(): void {
    if (this.shown) this.out.write('\r\x1b[K');
  }
}
