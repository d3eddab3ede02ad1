/**
 * Progress lines for long reads: silent for the first few seconds, then at most one line every two
 * seconds with rows/s and % done.
 */
export class Progress {
  private readonly started = Date.now();
  private lastLine = 0;
  private readonly bytes = new Map<string, [number, number]>();

  constructor(
    private readonly suite: string,
    private readonly log: (line: string) => void,
    private readonly quietMs = 3000,
  ) {}

  reporter(part: string): (read: number, total: number) => void {
    return (read, total) => {
      this.bytes.set(part, [read, total]);
      const now = Date.now();
      if (now - this.started < this.quietMs || now - this.lastLine < 2000) return;
      this.lastLine = now;
      let read2 = 0;
      let total2 = 0;
      for (const [r, t] of this.bytes.values()) {
        read2 += r;
        total2 += t;
      }
      const pct = total2 ? ((100 * read2) / total2).toFixed(0) : '?';
      const mbps = read2 / 1e6 / ((now - this.started) / 1000);
      this.log(`[${this.suite}] reading: ${pct}% (${mbps.toFixed(0)} MB/s)`);
    };
  }

  done(rows: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    if (seconds * 1000 >= this.quietMs) {
      this.log(
        `[${this.suite}] read ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en-US')} rows/s)`,
      );
    }
  }
}
