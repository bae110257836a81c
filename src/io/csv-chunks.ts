/**
 * Cuts CSV text that arrives in pieces (a file read chunk by chunk) into runs of whole
 * records, so each run can be parsed alone and its text dropped: a record ends at a line
 * break outside quotes (RFC 4180: quotes toggle, and a doubled quote toggles twice). Line
 * breaks (CR LF, LF, lone CR, mixed) become LF on the way, and each run carries the line
 * number of its first line, so messages keep the file's line numbers.
 */
export interface CsvRun {
  /** Whole records, LF line breaks. */
  text: string;
  /** 1-based line of the run's first line in the file. */
  line: number;
}

export class CsvRunSplitter {
  private pending = '';
  private heldCr = false;
  private inQuotes = false;
  private scanned = 0;
  /** Index in `pending` just after the last record-ending LF, and the LFs before it. */
  private cutAt = 0;
  private breaksBeforeCut = 0;
  private breaks = 0;
  private nextLine = 1;

  /** `minLength`: a run is cut once this much text is pending (fewer, larger runs). */
  constructor(private readonly minLength = 1 << 18) {}

  /** Adds text; returns a run of whole records once enough is pending. */
  push(text: string): CsvRun | undefined {
    if (!text) return undefined;
    // A CR at the end of a piece may be half of a CR LF pair: hold it for the next piece.
    let t = (this.heldCr ? '\r' : '') + text;
    this.heldCr = t.endsWith('\r');
    if (this.heldCr) t = t.slice(0, -1);
    this.pending += t.replace(/\r\n?/g, '\n');
    this.scan();
    return this.pending.length >= this.minLength && this.cutAt > 0
      ? this.cut(this.cutAt, this.breaksBeforeCut)
      : undefined;
  }

  /** The rest (the last record may lack its line break). */
  end(): CsvRun | undefined {
    if (this.heldCr) this.pending += '\n';
    this.heldCr = false;
    this.scan();
    return this.pending ? this.cut(this.pending.length, this.breaks) : undefined;
  }

  private scan(): void {
    const s = this.pending;
    for (let i = this.scanned; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 /* " */) this.inQuotes = !this.inQuotes;
      else if (c === 10 /* \n */) {
        this.breaks++;
        if (!this.inQuotes) {
          this.cutAt = i + 1;
          this.breaksBeforeCut = this.breaks;
        }
      }
    }
    this.scanned = s.length;
  }

  private cut(end: number, breaks: number): CsvRun {
    const run: CsvRun = { text: this.pending.slice(0, end), line: this.nextLine };
    this.nextLine += breaks;
    this.breaks -= breaks;
    this.pending = this.pending.slice(end);
    this.scanned = this.pending.length;
    this.cutAt = 0;
    this.breaksBeforeCut = 0;
    return run;
  }
}
