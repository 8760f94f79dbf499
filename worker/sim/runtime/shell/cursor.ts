/** A read position in script text that tracks 1-based line and column as it moves. */
import type { Pos } from "./ast.ts";

/** Mutable cursor over a source string. */
export class Cursor {
  readonly src: string;
  offset: number;
  line: number;
  column: number;

  constructor(src: string, offset = 0, start: Pos = { line: 1, column: 1 }) {
    this.src = src;
    this.offset = offset;
    this.line = start.line;
    this.column = start.column;
  }

  /** The character `ahead` places from here, or "" past the end. */
  peek(ahead = 0): string {
    return this.src.charAt(this.offset + ahead);
  }

  /** Whether the cursor is at the end of the text. */
  get isAtEnd(): boolean {
    return this.offset >= this.src.length;
  }

  /** Consumes one character and returns it. */
  take(): string {
    const ch = this.src.charAt(this.offset);
    this.offset += 1;
    if (ch === "\n") {
      this.line += 1;
      this.column = 1;
    } else this.column += 1;
    return ch;
  }

  /** The current position. */
  pos(): Pos {
    return { line: this.line, column: this.column };
  }
}
