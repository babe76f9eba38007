// The CLI's progress line for long runs: on a terminal only (never in CI, never when stderr is a
// pipe or a file), rewritten in place at most ten times a second, gone when the run ends.

/** CI systems set CI (true, 1, a name); CI=false or CI=0 is a terminal that says it is not one. */
const inCI = () => !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly on = !!out.isTTY && !inCI() && total >= 50,
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
